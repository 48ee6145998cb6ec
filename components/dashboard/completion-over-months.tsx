import { getTranslations } from 'next-intl/server';
import type { MonthPoint } from '@/db/queries/dashboard';
import { formatNumber } from '@/app/lib/format';
import { LazyCumulativeLineChart } from '@/components/charts/lazy-charts';
import { OKABE_ITO } from '@/components/charts/palette';
import { ChartCard } from './chart-card';
import { DrillCell } from './drill-cell';
import { drillHref, monthEnd } from './drill';
import type { DrillScope } from './types';

const HEIGHT = 280;

type Props = { data: Promise<MonthPoint[]>; scope: DrillScope; today: string };

/**
 * Tasks due by the end of each month (the plan) against tasks completed by then. Completions have
 * no date filter in the task list, so the links open the tasks due: by the month's end (cumulative)
 * or within the month.
 */
export async function CompletionOverMonths({ data, scope, today }: Props) {
  const months = await data;
  const t = await getTranslations('dashboard.months');
  const current = today.slice(0, 7);
  const label = (month: string) => t('monthShort', { month: Number(month.slice(5, 7)) });
  const monthName = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  const byEnd = (month: string) => drillHref(scope, { dueTo: monthEnd(month) });
  const within = (month: string) => drillHref(scope, { dueFrom: `${month}-01`, dueTo: monthEnd(month) });
  const currentIndex = months.findIndex((m) => m.month === current);
  const empty = months.every((m) => m.plannedCumulative === 0 && m.completedCumulative === 0);

  return (
    <ChartCard
      id="chart-months"
      wide
      title={t('title')}
      description={t('description')}
      legend={[
        { key: 'planned', name: t('planned'), color: OKABE_ITO.vermillion, line: 'dashed' },
        { key: 'actual', name: t('actual'), color: OKABE_ITO.blue, line: 'solid' },
      ]}
      height={HEIGHT}
      chart={
        empty ? null : (
          <LazyCumulativeLineChart
            plannedName={t('planned')}
            actualName={t('actual')}
            todayIndex={currentIndex >= 0 ? currentIndex : null}
            todayText={t('today')}
            height={HEIGHT}
            data={months.map((m) => ({
              label: label(m.month),
              planned: m.plannedCumulative,
              // What has not happened yet is not drawn as a flat line.
              actual: m.month <= current ? m.completedCumulative : null,
              href: byEnd(m.month),
            }))}
          />
        )
      }
      table={
        <table>
          <caption className="visually-hidden">{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.month')}</th>
              <th scope="col" className="num">{t('columns.plannedInMonth')}</th>
              <th scope="col" className="num">{t('columns.completedInMonth')}</th>
              <th scope="col" className="num">{t('columns.plannedCumulative')}</th>
              <th scope="col" className="num">{t('columns.completedCumulative')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthName(m.month)}</th>
                <DrillCell value={m.planned} href={within(m.month)} label={`${monthName(m.month)}, ${t('columns.plannedInMonth')}`} />
                <td className="num">{formatNumber(m.completed)}</td>
                <DrillCell value={m.plannedCumulative} href={byEnd(m.month)} label={`${monthName(m.month)}, ${t('columns.plannedCumulative')}`} />
                <td className="num">{m.month <= current ? formatNumber(m.completedCumulative) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
