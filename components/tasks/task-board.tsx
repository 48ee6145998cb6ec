import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDay, formatNumber } from '@/app/lib/format';
import { ProgressBar } from '@/components/ui/progress-bar';
import { TimelinessBadge } from './timeliness-badge';
import type { TaskRow } from './task-table';
import { STATUSES } from './task-statuses';
import styles from './board.module.css';

type Props = { items: TaskRow[]; unitNames: Record<number, string> };

/** One column per status, read-only: a card per task with what a leader scans for. */
export async function TaskBoard({ items, unitNames }: Props) {
  const t = await getTranslations();
  return (
    // Focusable so that, when the columns overflow, the keyboard can scroll them too.
    <div className={styles.board} aria-label={t('tasks.board.label')} role="region" tabIndex={0}>
      {STATUSES.map((status) => {
        const column = items.filter((task) => task.status === status);
        const headingId = `board-${status}`;
        return (
          <section key={status} className={styles.column} aria-labelledby={headingId} data-status={status}>
            <h2 id={headingId} className={styles.columnHead}>
              <span>{t(`status.${status}`)}</span>
              <span className={styles.count}>{formatNumber(column.length)}</span>
            </h2>
            {column.length === 0 ? (
              <p className={`muted ${styles.empty}`}>{t('tasks.board.columnEmpty')}</p>
            ) : (
              <ul className={styles.cards}>
                {column.map((task) => (
                  <li key={task.id} className={styles.card}>
                    <span className={styles.code}>{task.code}</span>
                    <Link href={`/tasks/${task.id}`} className={styles.title}>
                      {task.title}
                    </Link>
                    <span className={styles.unit}>{unitNames[task.leadUnitId] ?? ''}</span>
                    <div className={styles.meta}>
                      <span className={styles.due}>{t('tasks.board.due', { date: formatDay(task.dueDate) })}</span>
                      <TimelinessBadge value={task.timeliness} label={t(`timeliness.${task.timeliness}`)} />
                    </div>
                    <ProgressBar value={task.progress} label={t('tasks.progressOf', { code: task.code })} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
