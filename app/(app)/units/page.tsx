import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { districtRanking, RANKING_SORTS, rankingInput } from '@/db/queries/scorecards';
import { listUnits } from '@/db/queries/units';
import { RankingTable } from '@/components/units/ranking-table';
import styles from '@/components/units/units.module.css';
import { formatDay } from '@/app/lib/format';
import { requireViewer } from '@/app/lib/page-viewer';
import { appToday } from '@/app/lib/today';
import { existedDuring, param, planFromParams, type RawSearchParams } from './plan-choice';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('units');
  return { title: t('title') };
}

export default async function UnitsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const viewer = await requireViewer();
  const db = await getDb();
  const today = appToday();
  const params = await searchParams;
  const t = await getTranslations('units');
  const { plans, plan } = await planFromParams(db, viewer, params);
  if (!plan) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('noPlan')}</p>
      </>
    );
  }
  // An unknown sort in the URL falls back to the default (by name).
  const parsed = rankingInput.safeParse({ plan: plan.id, sort: param(params, 'sort') });
  const input = parsed.success ? parsed.data : rankingInput.parse({ plan: plan.id });
  const [ranking, units] = await Promise.all([districtRanking(db, viewer, input, today), listUnits(db, viewer)]);
  const existed = new Set(units.filter((u) => existedDuring(u, plan.year)).map((u) => u.id));
  const rows = ranking.filter((r) => existed.has(r.unitId) || r.led + r.supported > 0);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro', { date: formatDay(today) })}</p>
      <form method="get" action="/units" className={`card no-print ${styles.controls}`}>
        <div className="field">
          <label htmlFor="units-plan">{t('planLabel')}</label>
          <select id="units-plan" name="plan" defaultValue={plan.id}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="units-sort">{t('sortLabel')}</label>
          <select id="units-sort" name="sort" defaultValue={input.sort}>
            {RANKING_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button secondary">
          {t('show')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="card muted">{t('empty')}</p>
      ) : (
        <section className="card" aria-label={t('caption', { sort: t(`sorts.${input.sort}`) })}>
          <RankingTable rows={rows} sort={input.sort} planId={plan.id} />
        </section>
      )}
    </>
  );
}
