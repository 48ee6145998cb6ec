import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ListTasksInput } from '@/db/queries/task-inputs';
import type { TaskDto } from '@/db/queries/task-dto';
import { formatDay } from '@/app/lib/format';
import { ProgressBar } from '@/components/ui/progress-bar';
import { TimelinessBadge } from './timeliness-badge';
import { taskHref, type TaskQuery } from './task-query';
import styles from './tasks.module.css';

export type TaskRow = Pick<TaskDto, 'id' | 'code' | 'title' | 'leadUnitId' | 'ownerId' | 'dueDate' | 'status' | 'timeliness' | 'progress'>;

type Sort = ListTasksInput['sort'];

/** Column → the sorts it toggles between (first = what a click on an unsorted column picks). */
const SORTABLE: Partial<Record<string, [Sort, Sort?]>> = {
  code: ['code'],
  title: ['title'],
  dueDate: ['dueDate', '-dueDate'],
  progress: ['-progress', 'progress'],
};

type Props = {
  items: TaskRow[];
  unitNames: Record<number, string>;
  ownerNames: Record<number, string>;
  query: TaskQuery;
  caption: string;
};

export async function TaskTable({ items, unitNames, ownerNames, query, caption }: Props) {
  const t = await getTranslations();
  const sort = query.sort ?? 'code';

  function header(column: string, className?: string) {
    const label = t(`tasks.columns.${column}`);
    const sorts = SORTABLE[column];
    if (!sorts) {
      return (
        <th key={column} scope="col" className={className}>
          {label}
        </th>
      );
    }
    const active = sorts.includes(sort);
    const direction = sort.startsWith('-') ? 'descending' : 'ascending';
    // Clicking the sorted column again flips it when it can be flipped.
    const next = active && sorts[1] ? (sort === sorts[0] ? sorts[1] : sorts[0]) : sorts[0];
    return (
      <th key={column} scope="col" className={className} aria-sort={active ? direction : undefined}>
        <Link className={styles.sortLink} href={taskHref('/tasks', query, { sort: next, page: undefined })} title={t('tasks.sort.by', { column: label })} scroll={false}>
          {label}
          <span aria-hidden="true" className={active ? styles.sortActive : styles.sortIdle}>
            {active ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </Link>
      </th>
    );
  }

  const ownerOf = (task: TaskRow) => (task.ownerId === null ? null : (ownerNames[task.ownerId] ?? ''));

  return (
    <>
      <div className={`table-wrap ${styles.tableWrap}`}>
        <table className={styles.table}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {header('code')}
              {header('title')}
              {header('leadUnit')}
              {header('owner', styles.hideMd)}
              {header('dueDate')}
              {header('status')}
              {header('timeliness')}
              {header('progress')}
            </tr>
          </thead>
          <tbody>
            {items.map((task) => (
              <tr key={task.id}>
                <td className={styles.code}>{task.code}</td>
                <td className={styles.titleCell}>
                  <Link href={`/tasks/${task.id}`} className={styles.titleLink}>
                    {task.title}
                  </Link>
                </td>
                <td>{unitNames[task.leadUnitId] ?? ''}</td>
                <td className={styles.hideMd}>{ownerOf(task) ?? <span className="muted">{t('tasks.noOwner')}</span>}</td>
                <td className={styles.nowrap}>{formatDay(task.dueDate)}</td>
                <td>{t(`status.${task.status}`)}</td>
                <td>
                  <TimelinessBadge value={task.timeliness} label={t(`timeliness.${task.timeliness}`)} />
                </td>
                <td>
                  <ProgressBar value={task.progress} label={t('tasks.progressOf', { code: task.code })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* On a phone the table gives way to one card per task (only one of the two is ever displayed). */}
      <ul className={styles.cardList} aria-label={caption}>
        {items.map((task) => (
          <li key={task.id} className={styles.cardRow}>
            <div className={styles.cardTop}>
              <span className={styles.code}>{task.code}</span>
              <TimelinessBadge value={task.timeliness} label={t(`timeliness.${task.timeliness}`)} />
            </div>
            <Link href={`/tasks/${task.id}`} className={styles.titleLink}>
              {task.title}
            </Link>
            <span className={styles.cardMeta}>
              {unitNames[task.leadUnitId] ?? ''} · {ownerOf(task) ?? t('tasks.noOwner')}
            </span>
            <div className={styles.cardBottom}>
              <span>
                {t('tasks.board.due', { date: formatDay(task.dueDate) })} · {t(`status.${task.status}`)}
              </span>
              <ProgressBar value={task.progress} label={t('tasks.progressOf', { code: task.code })} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
