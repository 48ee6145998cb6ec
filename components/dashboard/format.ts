import { formatNumber } from '@/app/lib/format';

/** A ratio 0–1 as a percentage with one decimal, Vietnamese format ("73,7%"); '—' when undefined. */
export function formatRate(ratio: number | null): string {
  return ratio === null ? '—' : formatPercent(ratio * 100);
}

/** A value already in percent (0–100), one decimal, Vietnamese format. */
export function formatPercent(value: number): string {
  return `${formatNumber(Math.round(value * 10) / 10)}%`;
}
