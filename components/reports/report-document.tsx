import { getTranslations } from 'next-intl/server';
import type { Report } from '@/db/queries/reports';
import { formatDay } from '@/app/lib/format';
import { TimelinessBadge } from '@/components/tasks/timeliness-badge';
import { SummaryTable } from './summary-table';
import styles from './report.module.css';

export type ReportHeading = { department: string; title: string; period: string; regime: string; generatedOn: string };

/** The periodic report as a document: the heading of an administrative report, two summaries, the task table. */
export async function ReportDocument({ report, heading }: { report: Report; heading: ReportHeading }) {
  const t = await getTranslations();
  const r = (key: string, values?: Record<string, string | number>) => t(`reports.${key}`, values);
  return (
    <article className={styles.document} aria-labelledby="report-title" data-testid="report">
      <header className={styles.letterhead}>
        <div className={styles.issuer}>
          <p className={styles.department}>{heading.department}</p>
        </div>
        <div className={styles.nation}>
          <p className={styles.nationName}>{r('nation')}</p>
          <p className={styles.motto}>{r('motto')}</p>
        </div>
      </header>
      <div className={styles.titleBlock}>
        <h2 id="report-title" className={styles.title}>
          {heading.title}
        </h2>
        <p className={styles.period} data-testid="report-period">
          {heading.period}
        </p>
        <p className={styles.regime}>{heading.regime}</p>
        <p className={styles.generated}>{heading.generatedOn}</p>
      </div>
      <p className={styles.cutoff}>{r('cutoffNote', { date: formatDay(report.period.to) })}</p>

      <section aria-labelledby="report-by-priority" className={`${styles.section} ${styles.summary}`}>
        <h3 id="report-by-priority">{r('sections.byPriority')}</h3>
        <div className={styles.tableWrap}>
          <SummaryTable rows={report.byPriority} caption={r('sections.byPriority')} testId="report-by-priority" />
        </div>
      </section>

      <section aria-labelledby="report-by-unit" className={`${styles.section} ${styles.summary}`}>
        <h3 id="report-by-unit">{r('sections.byUnit')}</h3>
        <div className={styles.tableWrap}>
          <SummaryTable rows={report.byUnit} caption={r('sections.byUnit')} testId="report-by-unit" />
        </div>
      </section>

      <section aria-labelledby="report-tasks" className={`${styles.section} ${styles.tasksSection}`}>
        <h3 id="report-tasks">{r('sections.tasks')}</h3>
        {report.tasks.length === 0 ? (
          <p>{r('emptyTasks')}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={`${styles.table} ${styles.taskTable}`} data-testid="report-tasks">
              <caption className="visually-hidden">{r('sections.tasks')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={`num ${styles.colNo}`}>{r('rowNumber')}</th>
                  <th scope="col" className={styles.colCode}>{r('taskColumns.code')}</th>
                  <th scope="col" className={styles.titleColumn}>{r('taskColumns.title')}</th>
                  <th scope="col" className={styles.colLead}>{r('taskColumns.leadUnit')}</th>
                  <th scope="col" className={styles.colDue}>{r('taskColumns.dueDate')}</th>
                  <th scope="col" className={styles.colStatus}>{r('taskColumns.status')}</th>
                  <th scope="col" className={`num ${styles.colProgress}`}>{r('taskColumns.progress')}</th>
                  <th scope="col" className={styles.indicatorColumn}>{r('taskColumns.indicators')}</th>
                  <th scope="col" className={styles.colUpdate}>{r('taskColumns.lastUpdate')}</th>
                </tr>
              </thead>
              <tbody>
                {report.tasks.map((task, i) => (
                  <tr key={task.id}>
                    <td className="num">{i + 1}</td>
                    <td className={styles.nowrap}>{task.code}</td>
                    <td>
                      {task.title}
                      {task.supportingUnitNames && <span className={styles.sub}>{r('supportingShort', { units: task.supportingUnitNames })}</span>}
                    </td>
                    <td>{task.leadUnitName}</td>
                    <td className={styles.nowrap}>{formatDay(task.dueDate)}</td>
                    <td>
                      <span className={styles.status}>{t(`status.${task.status}`)}</span>
                      <TimelinessBadge value={task.timeliness} label={t(`timeliness.${task.timeliness}`)} />
                      {task.completedOn && <span className={styles.sub}>{r('completedOnShort', { date: formatDay(task.completedOn) })}</span>}
                    </td>
                    <td className="num">{task.progress}</td>
                    <td className={styles.indicators}>
                      {task.indicators.split('; ').filter(Boolean).map((line) => (
                        <span key={line} className={styles.line}>
                          {line}
                        </span>
                      ))}
                    </td>
                    <td>{task.lastUpdateAt ? <span className={styles.nowrap}>{formatDay(task.lastUpdateAt)}</span> : <span className={styles.sub}>{r('noUpdate')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
