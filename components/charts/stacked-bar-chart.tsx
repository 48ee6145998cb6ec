'use client';

import { useId } from 'react';
import { useRouter } from 'next/navigation';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import type { StackDatum, StackSeries } from './chart-types';
import { CategoryTick, formatChartNumber } from './category-tick';
import { DrillBar } from './drill-bar';
import { CHART_MUTED } from './palette';
import { PatternDef, seriesFill } from './pattern';

type Props = { data: StackDatum[]; series: StackSeries[]; categoryWidth: number };

const FILL = { width: '100%', height: '100%' };

type ShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: StackDatum };

/** Horizontal stacked bars: one row per category, one segment per series, each a link to its slice. */
export function StackedBarChart({ data, series, categoryWidth }: Props) {
  const router = useRouter();
  const drill = (href: string) => router.push(href);
  const prefix = `p${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <>
      <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
        <defs>
          {series.map((s) => s.pattern && <PatternDef key={s.key} id={`${prefix}-${s.key}`} color={s.color} kind={s.pattern} />)}
        </defs>
      </svg>
      <BarChart data={data} layout="vertical" responsive style={FILL} margin={{ top: 4, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false} barCategoryGap="20%">
        <XAxis type="number" allowDecimals={false} domain={[0, 'auto']} tickFormatter={(v: number) => formatChartNumber(v)} tick={{ fill: CHART_MUTED, fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={categoryWidth} interval={0} tickLine={false} tick={(props: object) => <CategoryTick {...props} width={categoryWidth} />} />
        {series.map((s) => {
          const fill = seriesFill(prefix, s.key, s);
          return (
            <Bar
              key={s.key}
              stackId="all"
              dataKey={(d: StackDatum) => d.values[s.key] ?? 0}
              name={s.name}
              fill={s.color}
              isAnimationActive={false}
              shape={(props: ShapeProps) => {
                const value = props.payload?.values[s.key] ?? 0;
                return (
                  <DrillBar
                    {...props}
                    fill={fill}
                    href={value > 0 ? (props.payload?.hrefs[s.key] ?? null) : null}
                    inside={value > 0 ? formatChartNumber(value) : undefined}
                    onDrill={drill}
                  />
                );
              }}
            />
          );
        })}
      </BarChart>
    </>
  );
}
