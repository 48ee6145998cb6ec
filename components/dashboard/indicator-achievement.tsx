import { getTranslations } from 'next-intl/server';
import type { IndicatorRollup } from '@/db/queries/dashboard';
import { formatNumber } from '@/app/lib/format';
import { LazyCategoryBarChart } from '@/components/charts/lazy-charts';
import { OKABE_ITO } from '@/components/charts/palette';
import { ChartCard } from './chart-card';
import { DrillCell } from './drill-cell';
import { drillHref } from './drill';
import { formatPercent } from './format';
import type { DrillScope } from './types';

/** Indicators have different units, so each priority shows the mean share of target reached. */
export async function IndicatorAchievement({ data, scope }: { data: Promise<IndicatorRollup[]>; scope: DrillScope }) {
  const rows = (await data).filter((r) => r.indicators > 0);
  const t = await getTranslations('dashboard.indicators');
  const href = (id: number) => drillHref(scope, { priority: id });

  return (
    <ChartCard
      id="chart-indicators"
      title={t('title')}
      description={t('description')}
      legend={[{ key: 'achievement', name: t('legend'), color: OKABE_ITO.bluishGreen }]}
      height={Math.max(120, rows.length * 36 + 36)}
      empty={t('empty')}
      chart={
        rows.length === 0 ? null : (
          <LazyCategoryBarChart
            name={t('legend')}
            color={OKABE_ITO.bluishGreen}
            max={100}
            percent
            categoryWidth={52}
            data={rows.map((r) => ({
              key: String(r.priorityId),
              label: r.code,
              value: r.achievement ?? 0,
              valueLabel: r.achievement === null ? '—' : formatPercent(r.achievement),
              href: href(r.priorityId),
            }))}
          />
        )
      }
      table={
        <table>
          <caption className="visually-hidden">{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.priority')}</th>
              <th scope="col" className="num">{t('columns.indicators')}</th>
              <th scope="col" className="num">{t('columns.withActual')}</th>
              <th scope="col" className="num">{t('columns.achievement')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.priorityId}>
                <th scope="row">{r.code}</th>
                <DrillCell value={r.indicators} href={href(r.priorityId)} label={`${r.code}, ${t('columns.indicators')}`} />
                <td className="num">{formatNumber(r.withActual)}</td>
                <DrillCell
                  value={r.indicators}
                  href={href(r.priorityId)}
                  label={`${r.code}, ${t('columns.achievement')}`}
                  text={r.achievement === null ? '—' : formatPercent(r.achievement)}
                />
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
