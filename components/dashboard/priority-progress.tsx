import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PriorityProgress as PriorityProgressRow } from '@/db/queries/dashboard';
import { formatDay, formatNumber } from '@/app/lib/format';
import { formatInstantDay } from '@/app/lib/format-time';
import { LazyCategoryBarChart } from '@/components/charts/lazy-charts';
import { OKABE_ITO } from '@/components/charts/palette';
import { ChartCard } from './chart-card';
import { DrillCell } from './drill-cell';
import { drillHref } from './drill';
import { formatPercent } from './format';
import { HealthBadge } from './health-badge';
import type { DrillScope, PriorityOption } from './types';
import styles from './dashboard.module.css';

type Props = { data: Promise<PriorityProgressRow[]>; priorities: PriorityOption[]; scope: DrillScope };

/** Weighted progress of each priority (data) beside its leader's health rating (judgement). */
export async function PriorityProgress({ data, priorities, scope }: Props) {
  const rows = await data;
  const t = await getTranslations('dashboard');
  const health = { green: t('health.green'), amber: t('health.amber'), red: t('health.red'), none: t('health.none') };
  const byId = new Map(priorities.map((p) => [p.id, p]));
  const href = (id: number) => drillHref(scope, { priority: id });
  const legalBasis = (id: number) => {
    const p = byId.get(id);
    if (!p) return '';
    return p.legalBasisDate ? `${p.legalBasis} (${formatDay(p.legalBasisDate)})` : p.legalBasis;
  };

  const aside = (
    <div className={styles.aside}>
      <h3>{t('priorities.healthTitle')}</h3>
      <ul className={styles.healthList}>
        {rows.map((r) => (
          <li key={r.priorityId}>
            <div className={styles.healthHead}>
              <strong>{r.code}</strong>
              <span className={styles.healthProgress}>{formatPercent(r.weightedProgress)}</span>
              <HealthBadge health={r.health} labels={health} />
            </div>
            <Link href={`/priorities/${r.priorityId}`} className={styles.healthTitle}>
              {r.title}
            </Link>
            {r.health && (
              <p className={styles.healthReason}>
                {r.health.reason} <span className="muted">({t('priorities.setAt', { date: formatInstantDay(r.health.setAt) })})</span>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <ChartCard
      id="chart-priorities"
      wide
      title={t('priorities.title')}
      description={t('priorities.description')}
      legend={[{ key: 'progress', name: t('priorities.legend'), color: OKABE_ITO.blue }]}
      height={Math.max(120, rows.length * 54 + 36)}
      aside={aside}
      chart={
        rows.length === 0 ? null : (
          <LazyCategoryBarChart
            name={t('priorities.legend')}
            color={OKABE_ITO.blue}
            max={100}
            percent
            categoryWidth={52}
            data={rows.map((r) => ({
              key: String(r.priorityId),
              label: r.code,
              value: r.weightedProgress,
              valueLabel: formatPercent(r.weightedProgress),
              href: r.tasks > 0 ? href(r.priorityId) : null,
            }))}
          />
        )
      }
      table={
        <table>
          <caption className="visually-hidden">{t('priorities.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('priorities.columns.priority')}</th>
              <th scope="col" className="hide-sm">{t('priorities.columns.legalBasis')}</th>
              <th scope="col" className="num">{t('priorities.columns.tasks')}</th>
              <th scope="col" className="num">{t('priorities.columns.progress')}</th>
              <th scope="col">{t('priorities.columns.health')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.priorityId}>
                <th scope="row">
                  {r.code}. {r.title}
                </th>
                <td className="hide-sm">{legalBasis(r.priorityId)}</td>
                <DrillCell value={r.tasks} href={href(r.priorityId)} label={`${r.code}, ${t('priorities.columns.tasks')}`} text={formatNumber(r.tasks)} />
                <DrillCell value={r.tasks} href={href(r.priorityId)} label={`${r.code}, ${t('priorities.columns.progress')}`} text={formatPercent(r.weightedProgress)} />
                <td>
                  <HealthBadge health={r.health} labels={health} />
                  {r.health && <div className={styles.cellNote}>{r.health.reason}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
