'use client';

import { useRouter } from 'next/navigation';
import { Line, LineChart, XAxis, YAxis } from 'recharts';
import type { LineDatum } from './chart-types';
import { formatChartNumber } from './category-tick';
import { CHART_MUTED, CHART_TEXT, OKABE_ITO } from './palette';

type Props = {
  data: LineDatum[];
  plannedName: string;
  actualName: string;
  /** The index of the current month, marked with a vertical line; null when the plan's year is past or future. */
  todayIndex: number | null;
  todayText: string;
  /** The chart's height in pixels (the page reserves it), to place the month columns. */
  height: number;
};

type DotProps = { cx?: number; cy?: number; index?: number; payload?: LineDatum; points?: ReadonlyArray<{ x?: number | null }> };

const FILL = { width: '100%', height: '100%' };
const TOP = 22;
/** recharts' default height of the x-axis. */
const AXIS = 30;

/** A point's value, written beside it with a white halo. */
function PointLabel({ x, y, value, below }: { x: number; y: number; value: number; below: boolean }) {
  return (
    <text x={x} y={below ? y + 18 : y - 10} textAnchor="middle" fontSize={12} fontWeight={700} fill={CHART_TEXT} stroke="#fff" strokeWidth={3} paintOrder="stroke">
      {formatChartNumber(value)}
    </text>
  );
}

/**
 * Cumulative tasks due (the plan) against cumulative tasks completed, month by month. The two
 * lines differ by color, dash and marker shape; the figures of today and of the year's end are
 * written on the chart (the rest is in the data table). Each month is a column that opens the
 * tasks due by its end. The today line and the columns are drawn here rather than with recharts'
 * ReferenceLine and Tooltip, which would add ~10 KB to the dashboard's JavaScript (issue 6).
 */
export function CumulativeLineChart({ data, plannedName, actualName, todayIndex, todayText, height }: Props) {
  const router = useRouter();
  const lastActual = data.reduce((last, d, i) => (d.actual === null ? last : i), -1);
  const bottom = height - AXIS;

  // Drawn on top of both lines: the today marker and one clickable column per month.
  const column = ({ cx = 0, index = 0, payload, points = [] }: DotProps) => {
    const first = points[0]?.x ?? 0;
    const step = points.length > 1 ? (points[1]?.x ?? first) - first : 40;
    const href = payload?.href ?? null;
    return (
      <g key={`c${index}`}>
        {index === todayIndex && (
          <>
            <line x1={cx} x2={cx} y1={TOP} y2={bottom} stroke={CHART_MUTED} strokeDasharray="2 3" />
            <text x={cx} y={TOP - 8} textAnchor="middle" fontSize={12} fill={CHART_TEXT}>
              {todayText}
            </text>
          </>
        )}
        {href && (
          <rect
            data-drill={href}
            x={cx - step / 2}
            y={TOP}
            width={step}
            height={bottom - TOP}
            fill="transparent"
            style={{ cursor: 'pointer' }}
            onClick={() => router.push(href)}
          />
        )}
      </g>
    );
  };

  return (
    <LineChart data={data} responsive style={FILL} margin={{ top: TOP, right: 20, bottom: 0, left: -12 }} accessibilityLayer={false}>
      <XAxis dataKey="label" height={AXIS} tick={{ fill: CHART_MUTED, fontSize: 12 }} interval="preserveStartEnd" minTickGap={4} />
      <YAxis allowDecimals={false} tickFormatter={(v: number) => formatChartNumber(v)} tick={{ fill: CHART_MUTED, fontSize: 12 }} />
      <Line
        type="linear"
        dataKey="planned"
        name={plannedName}
        stroke={OKABE_ITO.vermillion}
        strokeWidth={2}
        strokeDasharray="7 4"
        isAnimationActive={false}
        dot={({ cx = 0, cy = 0, index = 0, payload }: DotProps) => (
          <g key={`p${index}`}>
            <rect x={cx - 3.5} y={cy - 3.5} width={7} height={7} fill={OKABE_ITO.vermillion} />
            {(index === lastActual || index === data.length - 1) && payload && <PointLabel x={cx} y={cy} value={payload.planned} below={false} />}
          </g>
        )}
      />
      <Line
        type="linear"
        dataKey="actual"
        name={actualName}
        stroke={OKABE_ITO.blue}
        strokeWidth={3}
        isAnimationActive={false}
        connectNulls={false}
        dot={({ cx = 0, cy = 0, index = 0, payload }: DotProps) =>
          payload?.actual === null || payload?.actual === undefined ? (
            <g key={`a${index}`} />
          ) : (
            <g key={`a${index}`}>
              <circle cx={cx} cy={cy} r={4.5} fill={OKABE_ITO.blue} stroke="#fff" strokeWidth={1.5} />
              {index === lastActual && <PointLabel x={cx} y={cy} value={payload.actual} below />}
            </g>
          )
        }
      />
      <Line dataKey="planned" stroke="none" isAnimationActive={false} legendType="none" dot={column} activeDot={false} />
    </LineChart>
  );
}
