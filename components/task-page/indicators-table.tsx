import { getTranslations } from 'next-intl/server';
import type { IndicatorDto } from '@/db/queries/task-dto';
import { formatNumber, percentReached } from './format';
import styles from './task-page.module.css';

export async function IndicatorsTable({ indicators }: { indicators: IndicatorDto[] }) {
  const t = await getTranslations('taskPage.indicators');
  return (
    <section className="card" aria-labelledby="task-indicators">
      <h2 id="task-indicators">{t('title')}</h2>
      {indicators.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('unitOfMeasure')}</th>
                <th scope="col" className="num">{t('target')}</th>
                <th scope="col" className="num">{t('actual')}</th>
                <th scope="col" className="num">{t('reached')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => {
                const reached = percentReached(indicator.actual, indicator.target);
                return (
                  <tr key={indicator.id}>
                    <th scope="row" className={styles.rowHeader}>
                      {indicator.name}
                    </th>
                    <td>{indicator.unitOfMeasure}</td>
                    <td className="num">{formatNumber(indicator.target)}</td>
                    <td className="num">{indicator.actual === null ? <span className="muted">{t('notReported')}</span> : formatNumber(indicator.actual)}</td>
                    <td className="num">{reached === null ? '—' : `${formatNumber(reached)}%`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
