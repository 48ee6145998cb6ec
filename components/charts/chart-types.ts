// The plain data the chart leaves receive: labels and links are made on the server, so a leaf
// only draws and navigates.
import type { PatternKind } from './palette';

/** One bar: `valueLabel` is the value already formatted (Vietnamese number format). */
export type BarDatum = { key: string; label: string; value: number; valueLabel: string; href: string | null };

/** One row of a stacked bar chart: a value and a drill-down link per series. */
export type StackDatum = { key: string; label: string; values: Record<string, number>; hrefs: Record<string, string | null> };

export type StackSeries = { key: string; name: string; color: string; pattern: PatternKind | null };

/** One month of the cumulative chart; `actual` is null after today (not yet happened). */
export type LineDatum = { label: string; planned: number; actual: number | null; href: string | null };
