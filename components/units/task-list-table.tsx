import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TaskDto } from '@/db/queries/task-dto';
import { formatDay } from '@/app/lib/format';
import { TimelinessBadge } from '@/components/tasks/timeliness-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import styles from './units.module.css';

export type TaskListRow = Pick<TaskDto, 'id' | 'code' | 'title' | 'leadUnitId' | 'dueDate' | 'status' | 'timeliness' | 'progress'> & { daysLate?: number };

type Props = {
  items: TaskListRow[];
  caption: string;
  unitNames: Record<number, string>;
  /** Leave out the lead unit column (e.g. a unit's own tasks). */
  hideLeadUnit?: boolean;
  /** Show how many days each task is overdue. */
  showDaysLate?: boolean;
  /** Leave out the timeliness column (e.g. when the table is one timeliness group). */
  hideTimeliness?: boolean;
};

/** A short list of tasks, each linking to its page; the figures beside them are the task's own. */
export async function TaskListTable({ items, caption, unitNames, hideLeadUnit = false, showDaysLate = false, hideTimeliness = false }: Props) {
  const t = await getTranslations();
  const c = (key: string) => t(`units.taskColumns.${key}`);
  return (
    <div className="table-wrap">
      <table className={styles.taskTable}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.colCode}>{c('code')}</th>
            <th scope="col" className={styles.colTitle}>{c('title')}</th>
            {!hideLeadUnit && (
              <th scope="col" className={`hide-sm ${styles.colLead}`}>
                {c('leadUnit')}
              </th>
            )}
            <th scope="col" className={styles.colDue}>{c('dueDate')}</th>
            {showDaysLate && <th scope="col" className={`num ${styles.colDays}`}>{c('daysLate')}</th>}
            <th scope="col" className={`hide-sm ${styles.colStatus}`}>
              {c('status')}
            </th>
            {!hideTimeliness && (
              <th scope="col" className={styles.colTimeliness}>
                {c('timeliness')}
              </th>
            )}
            <th scope="col" className={styles.colProgress}>{c('progress')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((task) => (
            <tr key={task.id}>
              <td className={styles.nowrap}>
                <Link href={`/tasks/${task.id}`} className={styles.rowLink}>
                  {task.code}
                </Link>
              </td>
              <td>
                <Link href={`/tasks/${task.id}`}>{task.title}</Link>
              </td>
              {!hideLeadUnit && <td className="hide-sm">{unitNames[task.leadUnitId] ?? ''}</td>}
              <td className={styles.nowrap}>{formatDay(task.dueDate)}</td>
              {showDaysLate && <td className="num">{task.daysLate ?? ''}</td>}
              <td className="hide-sm">{t(`status.${task.status}`)}</td>
              {!hideTimeliness && (
                <td>
                  <TimelinessBadge value={task.timeliness} label={t(`timeliness.${task.timeliness}`)} />
                </td>
              )}
              <td>
                <ProgressBar value={task.progress} label={`${task.code} ${c('progress')}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
