// Display helpers of the task page: instants shown in Vietnam's time zone, file sizes, percentages.
import { formatDay, formatNumber } from '@/app/lib/format';
import { TIME_ZONE } from '@/app/lib/i18n/locales';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The calendar day of an instant in Asia/Ho_Chi_Minh, as yyyy-MM-dd. */
export function dayOf(instant: Date | string): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatDateTime(instant: Date | string): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** How much of a target is reached, in whole percent; null when it cannot be said. */
export function percentReached(actual: number | null, target: number): number | null {
  if (actual === null || target <= 0) return null;
  return Math.round((actual / target) * 100);
}

export { formatDay, formatNumber };
