import { getTranslations } from 'next-intl/server';
import { formatNumber } from '@/app/lib/format';
import { LazyCategoryBarChart } from '@/components/charts/lazy-charts';
import { OKABE_ITO } from '@/components/charts/palette';
import { STATUSES } from '@/components/tasks/task-statuses';
import { ChartCard } from './chart-card';
import { DrillCell } from './drill-cell';
import { drillHref } from './drill';
import type { DrillScope } from './types';

/** How many tasks are in each status, in workflow order (every status shown, zeros included). */
export async function StatusDistribution({ data, scope }: { data: Promise<{ status: string; count: number }[]>; scope: DrillScope }) {
  const counts = new Map((await data).map((r) => [r.status, r.count]));
  const t = await getTranslations();
  const rows = STATUSES.map((status) => ({ status, label: t(`status.${status}`), count: counts.get(status) ?? 0 }));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const legend = t('dashboard.status.legend');

  return (
    <ChartCard
      id="chart-status"
      title={t('dashboard.status.title')}
      description={t('dashboard.status.description')}
      legend={[{ key: 'count', name: legend, color: OKABE_ITO.blue }]}
      height={rows.length * 36 + 36}
      chart={
        total === 0 ? null : (
          <LazyCategoryBarChart
            name={legend}
            color={OKABE_ITO.blue}
            categoryWidth={128}
            data={rows.map((r) => ({
              key: r.status,
              label: r.label,
              value: r.count,
              valueLabel: formatNumber(r.count),
              href: r.count > 0 ? drillHref(scope, { status: r.status }) : null,
            }))}
          />
        )
      }
      table={
        <table>
          <caption className="visually-hidden">{t('dashboard.status.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.status.columns.status')}</th>
              <th scope="col" className="num">
                {legend}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.status}>
                <th scope="row">{r.label}</th>
                <DrillCell value={r.count} href={drillHref(scope, { status: r.status })} label={r.label} />
              </tr>
            ))}
            <tr>
              <th scope="row">{t('dashboard.table.total')}</th>
              <DrillCell value={total} href={drillHref(scope)} label={t('dashboard.table.total')} />
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
