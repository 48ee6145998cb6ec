'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import type { BarDatum } from './chart-types';
import { CategoryTick, formatChartNumber } from './category-tick';
import { DrillBar } from './drill-bar';
import { CHART_MUTED } from './palette';

type Props = {
  data: BarDatum[];
  /** The series' name (the legend is drawn by the page). */
  name: string;
  color: string;
  /** 100 for percentages; counts scale to their largest value. */
  max?: number;
  percent?: boolean;
  /** Width of the category labels, in pixels. */
  categoryWidth: number;
};

// No grid, tooltip or ResponsiveContainer: each bar carries its value, and every KB of recharts
// counts against the dashboard's JavaScript budget (issue 6).
const FILL = { width: '100%', height: '100%' };

/** Horizontal bars, one per category, each labelled with its value and linked to its slice. */
export function CategoryBarChart({ data, name, color, max, percent = false, categoryWidth }: Props) {
  const router = useRouter();
  const drill = (href: string) => router.push(href);
  return (
    <BarChart data={data} layout="vertical" responsive style={FILL} margin={{ top: 4, right: 56, bottom: 4, left: 0 }} accessibilityLayer={false} barCategoryGap="22%">
      <XAxis
        type="number"
        domain={max === undefined ? [0, 'auto'] : [0, max]}
        ticks={max === 100 ? [0, 25, 50, 75, 100] : undefined}
        allowDecimals={false}
        tickFormatter={(v: number) => formatChartNumber(v, percent)}
        tick={{ fill: CHART_MUTED, fontSize: 12 }}
      />
      <YAxis type="category" dataKey="label" width={categoryWidth} interval={0} tickLine={false} tick={(props: object) => <CategoryTick {...props} width={categoryWidth} />} />
      <Bar
        dataKey="value"
        name={name}
        fill={color}
        isAnimationActive={false}
        shape={(props: { x?: number; y?: number; width?: number; height?: number; payload?: BarDatum }) => (
          <DrillBar {...props} fill={color} href={props.payload?.href ?? null} after={props.payload?.valueLabel} onDrill={drill} />
        )}
      />
    </BarChart>
  );
}
