import { getTranslations } from 'next-intl/server';
import type { Timeliness } from '@/db/domain/timeliness';
import { TimelinessBadge } from '@/components/tasks/timeliness-badge';
import { TaskListTable, type TaskListRow } from '@/components/units/task-list-table';
import styles from './priority-page.module.css';

// What needs attention first: late and at-risk work, then the rest, done work last.
const ORDER: Timeliness[] = ['overdue', 'at_risk', 'not_started', 'on_schedule', 'completed_late', 'completed_on_time', 'cancelled'];

/** The priority's tasks in one table per timeliness bucket (buckets with no task are left out). */
export async function TasksByTimeliness({ tasks, unitNames }: { tasks: TaskListRow[]; unitNames: Record<number, string> }) {
  const t = await getTranslations();
  const groups = ORDER.map((value) => ({ value, items: tasks.filter((task) => task.timeliness === value) })).filter((g) => g.items.length > 0);
  if (groups.length === 0) return <p className="muted">{t('priorities.tasks.empty')}</p>;
  return (
    <>
      {groups.map(({ value, items }) => {
        const label = t(`timeliness.${value}`);
        return (
          <section key={value} className={styles.group} aria-labelledby={`group-${value}`} data-testid={`tasks-${value}`}>
            <h3 id={`group-${value}`}>
              <TimelinessBadge value={value} label={label} />
              <span>{t('priorities.tasks.group', { label, count: items.length })}</span>
            </h3>
            <TaskListTable items={items} caption={label} unitNames={unitNames} hideTimeliness />
          </section>
        );
      })}
    </>
  );
}
