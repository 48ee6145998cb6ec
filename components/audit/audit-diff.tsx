import styles from '@/components/admin/admin.module.css';
import { formatDay } from '@/app/lib/format';
import { formatInstant } from '@/app/lib/format-time';

const MAX_FIELDS = 8;
const MAX_CHARS = 80;

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  // Dates and instants read as everywhere else in the app: dd/MM/yyyy (HH:mm, Vietnam time).
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return formatInstant(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The fields an audit row records, compactly: `field: before → after`. Values are shown as stored
 * (field names are the schema's; dates as dd/MM/yyyy, instants in Vietnam time); the exact stored
 * value is in each value's title.
 */
type Props = {
  before: unknown;
  after: unknown;
  /** Read out between the old and the new value instead of the arrow. */
  toLabel: string;
  emptyLabel: string;
  moreLabel: (n: number) => string;
};

export function AuditDiff({ before, after, toLabel, emptyLabel, moreLabel }: Props) {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  if (keys.length === 0) return <span className="muted">{emptyLabel}</span>;
  return (
    <ul className={styles.diff}>
      {keys.slice(0, MAX_FIELDS).map((key) => {
        const hasBefore = key in b;
        const hasAfter = key in a;
        return (
          <li key={key}>
            <code>{key}</code>:{' '}
            {hasBefore && (
              <span className={hasAfter ? styles.before : undefined} title={JSON.stringify(b[key])}>
                {show(b[key])}
              </span>
            )}
            {hasBefore && hasAfter && (
              <>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {toLabel} </span>
              </>
            )}
            {hasAfter && (
              <span className={hasBefore ? styles.after : undefined} title={JSON.stringify(a[key])}>
                {show(a[key])}
              </span>
            )}
          </li>
        );
      })}
      {keys.length > MAX_FIELDS && <li className="muted">{moreLabel(keys.length - MAX_FIELDS)}</li>}
    </ul>
  );
}
