import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { latestClosedPeriod, PERIOD_KINDS } from '@/db/domain/report-periods';
import { periodicReport, reportInput } from '@/db/queries/reports';
import { PrintButton } from '@/components/reports/print-button';
import { ReportDocument } from '@/components/reports/report-document';
import styles from '@/components/reports/report.module.css';
import { reportHeading } from '@/app/lib/report-export';
import { requireViewer } from '@/app/lib/page-viewer';
import { appToday } from '@/app/lib/today';
import { param, planFromParams, type RawSearchParams } from '../units/plan-choice';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports');
  return { title: t('title') };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const viewer = await requireViewer();
  const db = await getDb();
  const today = appToday();
  const params = await searchParams;
  const t = await getTranslations('reports');
  const { plans, plan } = await planFromParams(db, viewer, params);
  if (!plan) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('page.noPlan')}</p>
      </>
    );
  }

  // With nothing chosen: the latest quarter whose cut-off has passed (Decree 09/2019/NĐ-CP).
  const fallback = latestClosedPeriod('quarter', today);
  const asked = ['kind', 'year', 'index'].some((name) => param(params, name) !== undefined);
  const parsed = reportInput.safeParse({
    plan: plan.id,
    kind: param(params, 'kind') ?? fallback.kind,
    year: param(params, 'year') ?? fallback.year,
    index: param(params, 'index') ?? (asked ? undefined : fallback.index),
  });
  const input = parsed.success ? parsed.data : reportInput.parse({ plan: plan.id, kind: fallback.kind, year: fallback.year, index: fallback.index });
  const report = await periodicReport(db, viewer, input);
  const heading = await reportHeading(report, today);
  const query = new URLSearchParams({ plan: String(input.plan), kind: input.kind, year: String(input.year), index: String(input.index) });

  return (
    <>
      <div className="no-print">
        <h1>{t('title')}</h1>
        <form method="get" action="/reports" className={`card ${styles.controls}`} aria-label={t('page.formLabel')}>
          <div className={`field ${styles.planField}`}>
            <label htmlFor="report-plan">{t('page.plan')}</label>
            <select id="report-plan" name="plan" defaultValue={plan.id}>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-kind">{t('page.kind')}</label>
            <select id="report-kind" name="kind" defaultValue={input.kind}>
              {PERIOD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kindLabels.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-year">{t('page.year')}</label>
            <input id="report-year" name="year" type="number" inputMode="numeric" min={2000} max={2100} defaultValue={input.year} required />
          </div>
          <div className="field">
            <label htmlFor="report-index">{t('page.index')}</label>
            <select id="report-index" name="index" defaultValue={input.index} aria-describedby="report-index-hint">
              {Array.from({ length: 12 }, (_, i) => i + 1).map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </select>
            <p id="report-index-hint" className={styles.hint}>
              {t('page.indexHint')}
            </p>
          </div>
          <button type="submit" className="button secondary">
            {t('page.show')}
          </button>
        </form>
        {!parsed.success && (
          <p className="alert error" role="alert">
            {t('page.invalid')}
          </p>
        )}
        <div className={styles.toolbar} role="group" aria-label={t('page.actions')}>
          <PrintButton label={t('page.print')} />
          <a className="button secondary" href={`/api/v1/reports?${query.toString()}&format=xlsx`} download>
            {t('page.xlsx')}
          </a>
        </div>
      </div>
      <ReportDocument report={report} heading={heading} />
    </>
  );
}
