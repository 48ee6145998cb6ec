import { getTranslations } from 'next-intl/server';
import type { UnitTimeliness } from '@/db/queries/dashboard';
import { formatNumber } from '@/app/lib/format';
import { LazyStackedBarChart } from '@/components/charts/lazy-charts';
import { STACKED_TIMELINESS, TIMELINESS_STYLES } from '@/components/charts/palette';
import { ChartCard } from './chart-card';
import { DrillCell } from './drill-cell';
import { drillHref } from './drill';
import type { DrillScope } from './types';

/** More bars than this cannot be read at a glance: the block then shows the units that need attention. */
const MAX_UNITS = 12;

type Props = {
  data: Promise<UnitTimeliness[]>;
  scope: DrillScope;
  /** units: the department's own units, by the tasks they lead; districts: by the tasks they lead or support. */
  variant: 'units' | 'districts';
};

/** Tasks of each unit by timeliness, as stacked bars; cancelled tasks are left out. */
export async function TimelinessByUnit({ data, scope, variant }: Props) {
  const all = await data;
  const t = await getTranslations();
  const d = (key: string) => t(`dashboard.${variant}.${key}`);
  const involved = all
    .filter((u) => (variant === 'districts' ? u.kind === 'district' : u.kind !== 'district'))
    .map((u) => ({ ...u, total: STACKED_TIMELINESS.reduce((sum, k) => sum + u[k], 0) }))
    .filter((u) => u.total > 0);
  const capped = involved.length > MAX_UNITS;
  const rows = capped
    ? [...involved].sort((a, b) => b.overdue + b.at_risk - (a.overdue + a.at_risk) || b.total - a.total || a.unitId - b.unitId).slice(0, MAX_UNITS)
    : involved;
  const series = STACKED_TIMELINESS.map((key) => ({ key, name: t(`timeliness.${key}`), ...TIMELINESS_STYLES[key] }));
  const href = (unitId: number, key?: (typeof STACKED_TIMELINESS)[number]) => drillHref(scope, { unit: unitId, timeliness: key });
  const id = `chart-${variant}`;

  return (
    <ChartCard
      id={id}
      title={d('title')}
      description={capped ? `${d('description')} ${t('dashboard.unitsCapped', { shown: rows.length, total: involved.length })}` : d('description')}
      legend={series}
      height={rows.length * (variant === 'units' ? 46 : 36) + 36}
      chart={
        rows.length === 0 ? null : (
          <LazyStackedBarChart
            categoryWidth={variant === 'units' ? 150 : 118}
            series={series}
            data={rows.map((u) => ({
              key: String(u.unitId),
              label: u.unitName,
              values: Object.fromEntries(STACKED_TIMELINESS.map((k) => [k, u[k]])),
              hrefs: Object.fromEntries(STACKED_TIMELINESS.map((k) => [k, href(u.unitId, k)])),
            }))}
          />
        )
      }
      table={
        <table>
          <caption className="visually-hidden">{d('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.unitColumn')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.name}
                </th>
              ))}
              <th scope="col" className="num">
                {t('dashboard.table.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.unitId}>
                <th scope="row">{u.unitName}</th>
                {series.map((s) => (
                  <DrillCell key={s.key} value={u[s.key]} href={href(u.unitId, s.key)} label={`${u.unitName}, ${s.name}`} />
                ))}
                <DrillCell value={u.total} href={href(u.unitId)} label={`${u.unitName}, ${t('dashboard.table.total')}`} text={formatNumber(u.total)} />
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
