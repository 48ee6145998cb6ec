import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import {
  completionByMonth,
  dashboardHeadline,
  deadlineLists,
  indicatorsByPriority,
  progressByPriority,
  statusDistribution,
  timelinessByUnit,
} from '@/db/queries/dashboard';
import { BlockSkeleton } from '@/components/dashboard/block-skeleton';
import { CompletionOverMonths } from '@/components/dashboard/completion-over-months';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { DeadlineLists } from '@/components/dashboard/deadline-lists';
import { HeadlineFigures } from '@/components/dashboard/headline-figures';
import { IndicatorAchievement } from '@/components/dashboard/indicator-achievement';
import { PriorityProgress } from '@/components/dashboard/priority-progress';
import { StatusDistribution } from '@/components/dashboard/status-distribution';
import { TimelinessByUnit } from '@/components/dashboard/timeliness-by-unit';
import styles from '@/components/dashboard/dashboard.module.css';
import { formatDay } from '@/app/lib/format';
import { requireViewer } from '@/app/lib/page-viewer';
import { appToday } from '@/app/lib/today';
import { loadDashboardContext, type RawSearchParams } from './dashboard-context';

const UPCOMING_DAYS = 14;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shell.nav');
  return { title: t('home') };
}

/**
 * The dashboard, home page of every role. Each block awaits one aggregate (all started at once,
 * computed in SQL) inside its own Suspense boundary, so the page streams block by block and the
 * number of queries does not grow with the number of tasks.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const viewer = await requireViewer();
  const db = await getDb();
  const ctx = await loadDashboardContext(db, viewer, await searchParams);
  const t = await getTranslations('dashboard');
  const common = await getTranslations();
  if (!ctx.plan || !ctx.input) return <p>{t('noPlan')}</p>;

  const today = appToday();
  const input = ctx.input;
  const headline = dashboardHeadline(db, viewer, input, today);
  const priorities = progressByPriority(db, viewer, input);
  const lists = deadlineLists(db, viewer, input, today, UPCOMING_DAYS);
  const units = timelinessByUnit(db, viewer, input, today);
  const districts = timelinessByUnit(db, viewer, input, today, { districtsOnly: true });
  const months = completionByMonth(db, viewer, input);
  const status = statusDistribution(db, viewer, input);
  const indicators = indicatorsByPriority(db, viewer, input);
  const loading = t('loading');
  const skeleton = (title: string, height: number, wide = false) => <BlockSkeleton title={title} height={height} wide={wide} loading={loading} />;

  return (
    <>
      <div className={styles.pageHead}>
        <h1>{ctx.plan.title}</h1>
        <p className="muted">
          {t('planStatus', { status: common(`planStatus.${ctx.plan.status}`) })} · {t('asOf', { date: formatDay(today) })}
        </p>
      </div>
      {ctx.invalid && (
        <p className={`alert ${styles.notice}`} role="status">
          {t('invalidParams')}
        </p>
      )}
      <DashboardFilters scope={input} plans={ctx.plans} priorities={ctx.priorities} units={ctx.units} />

      <Suspense fallback={skeleton(t('headline.label'), 260, true)}>
        <HeadlineFigures data={headline} scope={input} />
      </Suspense>

      <div className={styles.grid}>
        <Suspense fallback={skeleton(t('priorities.title'), 360, true)}>
          <PriorityProgress data={priorities} priorities={ctx.priorities} scope={input} />
        </Suspense>
        <Suspense fallback={skeleton(t('lists.overdueTitle'), 200, true)}>
          <DeadlineLists data={lists} scope={input} days={UPCOMING_DAYS} />
        </Suspense>
        <Suspense fallback={skeleton(t('units.title'), 320)}>
          <TimelinessByUnit data={units} scope={input} variant="units" />
        </Suspense>
        <Suspense fallback={skeleton(t('districts.title'), 320)}>
          <TimelinessByUnit data={districts} scope={input} variant="districts" />
        </Suspense>
        <Suspense fallback={skeleton(t('months.title'), 320, true)}>
          <CompletionOverMonths data={months} scope={input} today={today} />
        </Suspense>
        <Suspense fallback={skeleton(t('status.title'), 280)}>
          <StatusDistribution data={status} scope={input} />
        </Suspense>
        <Suspense fallback={skeleton(t('indicators.title'), 280)}>
          <IndicatorAchievement data={indicators} scope={input} />
        </Suspense>
      </div>
    </>
  );
}
