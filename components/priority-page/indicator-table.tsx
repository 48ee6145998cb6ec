import { getTranslations } from 'next-intl/server';
import type { TaskDto } from '@/db/queries/task-dto';
import { formatNumber } from '@/app/lib/format';
import styles from './priority-page.module.css';

type Row = Pick<TaskDto, 'id' | 'code' | 'indicators'>;

/** Every indicator of the priority's tasks: actual against target, the detail behind the roll-up figure. */
export async function IndicatorTable({ tasks }: { tasks: Row[] }) {
  const t = await getTranslations('priorities.indicators');
  const rows = tasks.flatMap((task) => task.indicators.map((indicator) => ({ task, indicator })));
  if (rows.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.task')}</th>
            <th scope="col" className={styles.indicatorName}>
              {t('columns.name')}
            </th>
            <th scope="col" className="num">{t('columns.actual')}</th>
            <th scope="col" className="num">{t('columns.target')}</th>
            <th scope="col">{t('columns.unit')}</th>
            <th scope="col" className="num">{t('columns.reached')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ task, indicator }) => {
            const reached = indicator.actual !== null && indicator.target > 0 ? Math.round((indicator.actual / indicator.target) * 100) : null;
            return (
              <tr key={indicator.id}>
                <td>{task.code}</td>
                <td>{indicator.name}</td>
                <td className="num">{indicator.actual === null ? '—' : formatNumber(indicator.actual)}</td>
                <td className="num">{formatNumber(indicator.target)}</td>
                <td>{indicator.unitOfMeasure}</td>
                <td className="num">{reached === null ? '—' : `${formatNumber(reached)}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
