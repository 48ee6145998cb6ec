// Latency figures of a run: percentiles over every response's time, as autocannon reports none at p95.

export type Summary = { p50: number; p95: number; p99: number; max: number; count: number; perSecond: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(times: number[], seconds: number): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    count: sorted.length,
    perSecond: sorted.length / seconds,
  };
}

/** A number for a table: milliseconds with one decimal below 10, whole above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 10 ? value.toFixed(1) : Math.round(value).toString();
}
