import { getTranslations } from 'next-intl/server';
import { formatDay } from './format';
import { ProgressChart } from './progress-chart';
import type { DayPoint } from './progress-points';
import styles from './task-page.module.css';

/** The progress chart and, behind it, the same figures as a table (every chart has one). */
export async function ProgressSection({ points }: { points: DayPoint[] }) {
  const t = await getTranslations('taskPage.chart');
  // dd/MM on the axis while every point is in one year; dd/MM/yyyy once they span years.
  const oneYear = new Set(points.map((p) => p.day.slice(0, 4))).size <= 1;
  const label = (day: string) => (oneYear ? formatDay(day).slice(0, 5) : formatDay(day));
  return (
    <section className="card" aria-labelledby="task-chart">
      <h2 id="task-chart">{t('title')}</h2>
      {points.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <figure className={styles.figure}>
          <ProgressChart
            data={points.map((p) => ({ label: label(p.day), actual: p.actual, planned: p.planned }))}
            actualLabel={t('actual')}
            plannedLabel={t('planned')}
          />
          <figcaption className="muted">{t('caption')}</figcaption>
          <details className={styles.dataTable}>
            <summary>{t('table')}</summary>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('date')}</th>
                    <th scope="col" className="num">{t('actual')}</th>
                    <th scope="col" className="num">{t('planned')}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.day}>
                      <td>{formatDay(p.day)}</td>
                      <td className="num">{p.actual}</td>
                      <td className="num">{p.planned}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      )}
    </section>
  );
}
