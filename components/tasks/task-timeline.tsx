import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { toDayNumber } from '@/db/domain/dates';
import type { Timeliness } from '@/db/domain/timeliness';
import type { TaskDto } from '@/db/queries/task-dto';
import { formatDay, formatNumber } from '@/app/lib/format';
import { TimelinessBadge } from './timeliness-badge';
import styles from './timeline.module.css';

export type TimelineTask = Pick<TaskDto, 'id' | 'code' | 'title' | 'startDate' | 'dueDate' | 'timeliness' | 'progress'>;
export type TimelineGroup = { key: string; heading: string; tasks: TimelineTask[] };

type Props = { year: number; today: string; groups: TimelineGroup[] };

const TONE: Record<Timeliness, string> = {
  on_schedule: styles.info!,
  at_risk: styles.warn!,
  overdue: styles.bad!,
  completed_on_time: styles.ok!,
  completed_late: styles.warn!,
  not_started: styles.neutral!,
  cancelled: styles.neutral!,
};

const pct = (value: number) => `${(value * 100).toFixed(3)}%`;

/**
 * A Gantt-like chart of one plan year: a bar per task from its start to its due date, colored by
 * timeliness and labelled with it in words, with a "today" line. The same facts are in a table
 * below it for screen readers and for anyone who prefers one.
 */
export async function TaskTimeline({ year, today, groups }: Props) {
  const t = await getTranslations();
  const months = t.raw('tasks.timeline.months') as string[];
  const first = toDayNumber(`${year}-01-01`);
  const span = toDayNumber(`${year + 1}-01-01`) - first;
  const at = (day: string) => (toDayNumber(day) - first) / span;
  const monthStarts = months.map((_, m) => at(`${year}-${String(m + 1).padStart(2, '0')}-01`));
  const todayAt = at(today);
  const showToday = todayAt >= 0 && todayAt < 1;

  return (
    <>
      {/* Focusable so that on a narrow screen the keyboard can scroll the chart sideways. */}
      <div className={styles.scroller} role="region" aria-label={t('tasks.timeline.label', { year })} tabIndex={0}>
        <div className={styles.chart}>
          <div className={styles.gridLayer} aria-hidden="true">
            {monthStarts.slice(1).map((x) => (
              <span key={x} className={styles.gridline} style={{ left: pct(x) }} />
            ))}
          </div>
          <div className={styles.headerRow} aria-hidden="true">
            <div className={styles.labelCell} />
            <div className={styles.track}>
              {months.map((name, m) => (
                <span key={name} className={styles.month} style={{ left: pct(monthStarts[m]!), width: pct((monthStarts[m + 1] ?? 1) - monthStarts[m]!) }}>
                  {name}
                </span>
              ))}
            </div>
          </div>
          {groups.map((group) => (
            <section key={group.key} className={styles.group} aria-labelledby={`tl-${group.key}`}>
              <h2 id={`tl-${group.key}`} className={styles.groupHead}>
                <span>{group.heading}</span>
                <span className={styles.groupCount}>{t('tasks.timeline.taskCount', { count: group.tasks.length })}</span>
              </h2>
              <ul className={styles.rows}>
                {group.tasks.map((task) => {
                  const startsBefore = task.startDate < `${year}-01-01`;
                  const endsAfter = task.dueDate > `${year}-12-31`;
                  const left = Math.min(1, Math.max(0, at(task.startDate)));
                  // The due date is the last day of work: the bar runs to its end.
                  const right = Math.min(1, Math.max(0, (toDayNumber(task.dueDate) + 1 - first) / span));
                  const width = Math.max(right - left, 0.004);
                  // The label runs under the bar from its start, or ends at its end when the bar starts late.
                  const anchorStart = left <= 0.5;
                  return (
                    <li key={task.id} className={styles.row}>
                      <div className={styles.labelCell}>
                        <span className={styles.code}>{task.code}</span>{' '}
                        <Link href={`/tasks/${task.id}`} className={styles.taskLink}>
                          {task.title}
                        </Link>
                      </div>
                      <div className={styles.track}>
                        <Link
                          href={`/tasks/${task.id}`}
                          tabIndex={-1}
                          aria-hidden="true"
                          className={`${styles.bar} ${TONE[task.timeliness]}`}
                          style={{ left: pct(left), width: pct(width) }}
                        >
                          <span className={styles.fill} style={{ width: `${task.progress}%` }} />
                          {startsBefore && <span className={styles.edgeStart}>◂</span>}
                          {endsAfter && <span className={styles.edgeEnd}>▸</span>}
                        </Link>
                        <span
                          className={styles.barLabel}
                          style={anchorStart ? { left: pct(left) } : { right: pct(1 - right) }}
                        >
                          <TimelinessBadge value={task.timeliness} label={t(`timeliness.${task.timeliness}`)} />
                          <span className={styles.dates}>
                            {t('tasks.timeline.dates', { start: formatDay(task.startDate), due: formatDay(task.dueDate) })} · {task.progress}%
                            {startsBefore && <span className="visually-hidden">, {t('tasks.timeline.startsBefore')}</span>}
                            {endsAfter && <span className="visually-hidden">, {t('tasks.timeline.endsAfter')}</span>}
                          </span>
                        </span>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          <div className={styles.todayLayer} aria-hidden="true">
            {showToday && (
              <span className={styles.today} style={{ left: pct(todayAt) }}>
                {/* Late in the year the label sits left of the line, so it stays inside the chart. */}
                <span className={`${styles.todayLabel} ${todayAt > 0.8 ? styles.todayLabelLeft : ''}`}>
                  {t('tasks.timeline.today', { date: formatDay(today) })}
                </span>
              </span>
            )}
          </div>
        </div>
      </div>

      <details className={`card ${styles.tableAlternative}`}>
        <summary>{t('tasks.timeline.table')}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('tasks.timeline.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tasks.columns.priority')}</th>
                <th scope="col">{t('tasks.columns.code')}</th>
                <th scope="col">{t('tasks.columns.title')}</th>
                <th scope="col">{t('tasks.columns.startDate')}</th>
                <th scope="col">{t('tasks.columns.dueDate')}</th>
                <th scope="col">{t('tasks.columns.timeliness')}</th>
                <th scope="col" className="num">
                  {t('tasks.columns.progress')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.flatMap((group) =>
                group.tasks.map((task) => (
                  <tr key={task.id}>
                    <td>{group.heading}</td>
                    <td>{task.code}</td>
                    <td>
                      <Link href={`/tasks/${task.id}`}>{task.title}</Link>
                    </td>
                    <td>{formatDay(task.startDate)}</td>
                    <td>{formatDay(task.dueDate)}</td>
                    <td>{t(`timeliness.${task.timeliness}`)}</td>
                    <td className="num">{formatNumber(task.progress)}%</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
