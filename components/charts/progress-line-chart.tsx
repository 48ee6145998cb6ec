'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type ProgressPoint = { label: string; actual: number | null; planned: number };

type Props = { data: ProgressPoint[]; actualLabel: string; plannedLabel: string };

/**
 * Progress over time: the reported progress against an even pace from start to due date. A leaf
 * fed plain data; the page renders the same figures as a table beside it.
 */
export function ProgressLineChart({ data, actualLabel, plannedLabel }: Props) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid stroke="#d5dbe3" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fill: '#4a5568', fontSize: 12 }} minTickGap={16} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fill: '#4a5568', fontSize: 12 }} unit="%" />
        <Tooltip formatter={(value) => `${String(value)}%`} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Line type="monotone" dataKey="planned" name={plannedLabel} stroke="#8a4b00" strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="actual" name={actualLabel} stroke="#0b5394" strokeWidth={3} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
