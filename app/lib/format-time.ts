// Instants (timestamps) shown as dd/MM/yyyy HH:mm in Vietnam's time zone, whatever the server's.
import { TIME_ZONE } from './i18n/locales';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pieces(instant: Date | string): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
}

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh; '' for none. */
export function formatInstant(instant: Date | string | null | undefined): string {
  if (!instant) return '';
  const p = pieces(instant);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The calendar day of an instant in Asia/Ho_Chi_Minh, as dd/MM/yyyy; '' for none. */
export function formatInstantDay(instant: Date | string | null | undefined): string {
  if (!instant) return '';
  const p = pieces(instant);
  return `${p.day}/${p.month}/${p.year}`;
}
