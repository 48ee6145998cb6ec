import { getTranslations } from 'next-intl/server';
import type { AuditDto } from '@/db/queries/audit';
import { formatDateTime, formatDay, formatNumber } from './format';
import styles from './task-page.module.css';

export type HistoryNames = { units: Map<number, string>; people: Map<number, string>; priorities: Map<number, string> };

type Translate = Awaited<ReturnType<typeof getTranslations<'taskPage'>>>;
type Fields = Record<string, unknown>;

function asObject(value: unknown): Fields {
  if (typeof value === 'string') {
    try {
      return asObject(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' ? (value as Fields) : {};
}

const SHOWN_WITHOUT_VALUE = new Set(['description', 'indicators', 'parentId']);
const KNOWN_FIELDS = new Set(['priorityId', 'parentId', 'code', 'title', 'description', 'leadUnitId', 'supportingUnitIds', 'ownerId', 'startDate', 'dueDate', 'weight', 'indicators']);

function fieldValue(field: string, value: unknown, names: HistoryNames, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (field === 'startDate' || field === 'dueDate') return formatDay(String(value));
  if (field === 'leadUnitId') return names.units.get(Number(value)) ?? String(value);
  if (field === 'supportingUnitIds') {
    const ids = Array.isArray(value) ? value : [];
    return ids.length ? ids.map((id) => names.units.get(Number(id)) ?? String(id)).join(', ') : empty;
  }
  if (field === 'ownerId') return names.people.get(Number(value)) ?? String(value);
  if (field === 'priorityId') return names.priorities.get(Number(value)) ?? String(value);
  if (field === 'weight') return formatNumber(Number(value));
  return String(value);
}

/** One audit row as a sentence a person can read, with the note or attachments below it. */
function describe(row: AuditDto, t: Translate, names: HistoryNames): { text: string; extra: string[] } {
  const actor = row.actorName ?? t('history.someone');
  const before = asObject(row.before);
  const after = asObject(row.after);
  const extra: string[] = [];
  const note = typeof after.note === 'string' && after.note.trim() ? after.note : null;
  switch (row.action) {
    case 'task.create':
      return { text: t('history.create', { actor }), extra };
    case 'task.update': {
      const empty = t('details.none');
      const changes = Object.keys(after)
        .filter((field) => KNOWN_FIELDS.has(field))
        .map((field) =>
          SHOWN_WITHOUT_VALUE.has(field)
            ? t('history.changeShort', { field: t(`fields.${field}` as 'fields.title') })
            : t('history.change', {
                field: t(`fields.${field}` as 'fields.title'),
                before: fieldValue(field, before[field], names, empty),
                after: fieldValue(field, after[field], names, empty),
              }),
        );
      return { text: changes.length ? t('history.update', { actor, changes: changes.join('; ') }) : t('history.updateNothing', { actor }), extra };
    }
    case 'task.update_progress':
    case 'task.request_completion': {
      if (note) extra.push(t('history.noteLine', { note }));
      const files = Array.isArray(after.attachments) ? after.attachments.length : 0;
      if (files) extra.push(t('history.evidence', { count: files }));
      if (row.action === 'task.request_completion') return { text: t('history.requestCompletion', { actor, after: Number(after.progress ?? 100) }), extra };
      return typeof before.progress === 'number'
        ? { text: t('history.progress', { actor, before: before.progress, after: Number(after.progress) }), extra }
        : { text: t('history.progressNoBefore', { actor, after: Number(after.progress) }), extra };
    }
    case 'task.confirm_completion':
      return typeof after.completedOn === 'string'
        ? { text: t('history.confirmOn', { actor, date: formatDay(after.completedOn) }), extra }
        : { text: t('history.confirm', { actor }), extra };
    case 'task.return_completion':
      return { text: t('history.return', { actor, reason: String(after.reason ?? '') }), extra };
    case 'task.pause':
      return { text: after.reason ? t('history.pauseReason', { actor, reason: String(after.reason) }) : t('history.pause', { actor }), extra };
    case 'task.resume':
      return { text: t('history.resume', { actor }), extra };
    case 'task.cancel':
      return { text: t('history.cancel', { actor, reason: String(after.reason ?? '') }), extra };
    case 'comment.create':
      return { text: t('history.comment', { actor }), extra };
    default:
      return { text: t('history.other', { actor, action: row.action }), extra };
  }
}

export async function TaskHistory({ rows, names }: { rows: AuditDto[]; names: HistoryNames }) {
  const t = await getTranslations('taskPage');
  return (
    <section className="card" aria-labelledby="task-history">
      <h2 id="task-history">{t('history.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className={styles.history} data-testid="history">
          {rows.map((row) => {
            const { text, extra } = describe(row, t, names);
            return (
              <li key={row.id}>
                <time dateTime={new Date(row.at).toISOString()}>{formatDateTime(row.at)}</time>
                <span>
                  {text}
                  {extra.map((line) => (
                    <span key={line} className={styles.historyExtra}>
                      {line}
                    </span>
                  ))}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
