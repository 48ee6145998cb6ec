import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Db } from '@/db/client';
import { AppError } from '@/db/errors';
import { can, type Viewer } from '@/db/policy';
import { indicatorsByPriority, progressByPriority } from '@/db/queries/dashboard';
import { listPlans } from '@/db/queries/plans';
import { getPriority, healthHistory, listNarratives, mayPostNarrative, type PriorityDetail } from '@/db/queries/priorities';
import { listTasksInput } from '@/db/queries/task-inputs';
import { listTasks } from '@/db/queries/tasks';
import { listUnits } from '@/db/queries/units';
import { HealthForm } from '@/components/priority-page/health-form';
import { HealthSection } from '@/components/priority-page/health-section';
import { IndicatorTable } from '@/components/priority-page/indicator-table';
import { NarrativeForm } from '@/components/priority-page/narrative-form';
import { NarrativesSection } from '@/components/priority-page/narratives-section';
import { TasksByTimeliness } from '@/components/priority-page/tasks-by-timeliness';
import styles from '@/components/priority-page/priority-page.module.css';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDay, formatNumber } from '@/app/lib/format';
import { requireViewer } from '@/app/lib/page-viewer';
import { appToday } from '@/app/lib/today';
import { postNarrativeAction, setHealthAction } from './actions';

type Params = { params: Promise<{ id: string }> };

/** A page shows at most this many tasks of a priority; the task list has the rest. */
const TASK_LIMIT = 200;

async function loadPriority(db: Db, viewer: Viewer, rawId: string): Promise<PriorityDetail> {
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : 0;
  if (id <= 0) notFound();
  try {
    return await getPriority(db, viewer, id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const viewer = await requireViewer();
  const priority = await loadPriority(await getDb(), viewer, (await params).id);
  return { title: `${priority.code}. ${priority.title}` };
}

/** The narrative a lead unit writes next is usually the quarter that just ended. */
function defaultQuarter(planYear: number, today: string): number {
  const year = Number(today.slice(0, 4));
  if (year > planYear) return 4;
  if (year < planYear) return 1;
  return Math.max(1, Math.ceil(Number(today.slice(5, 7)) / 3) - 1);
}

export default async function PriorityPage({ params }: Params) {
  const viewer = await requireViewer();
  const db = await getDb();
  const today = appToday();
  const priority = await loadPriority(db, viewer, (await params).id);
  const scope = { plan: priority.planId, priority: priority.id };
  const [progress, indicators, tasks, history, narratives, units, plans] = await Promise.all([
    progressByPriority(db, viewer, scope),
    indicatorsByPriority(db, viewer, scope),
    listTasks(db, viewer, listTasksInput.parse({ ...scope, pageSize: TASK_LIMIT }), today),
    healthHistory(db, viewer, priority.id),
    listNarratives(db, viewer, priority.id),
    listUnits(db, viewer),
    listPlans(db, viewer),
  ]);
  const t = await getTranslations('priorities');
  const figures = progress[0];
  const rollup = indicators[0];
  const plan = plans.find((p) => p.id === priority.planId);
  const unitNames = Object.fromEntries(units.map((u) => [u.id, u.name]));
  const open = priority.planStatus !== 'closed';
  // What to show; the data-access layer checks both again whatever is shown here.
  const mayRate = open && can(viewer, 'priority.health');
  const mayNarrate = open && mayPostNarrative(viewer, priority);
  const na = t('summary.notAvailable');

  return (
    <>
      <nav aria-label={t('breadcrumb')} className={styles.breadcrumb}>
        <Link href="/">{t('home')}</Link> › <span aria-current="page">{priority.code}</span>
      </nav>
      <h1>
        <span className={styles.code}>{priority.code}.</span> {priority.title}
      </h1>
      {!open && <p className={styles.closed}>{t('closed')}</p>}
      <dl className={styles.facts}>
        <dt>{t('plan')}</dt>
        <dd>{plan?.title ?? priority.planYear}</dd>
        <dt>{t('legalBasis')}</dt>
        <dd data-testid="legal-basis">
          {priority.legalBasisDate ? t('legalBasisDated', { basis: priority.legalBasis, date: formatDay(priority.legalBasisDate) }) : priority.legalBasis}
        </dd>
        <dt>{t('leadUnit')}</dt>
        <dd>
          <Link href={`/units/${priority.leadUnitId}?plan=${priority.planId}`}>{priority.leadUnitName}</Link>
        </dd>
      </dl>
      {priority.description && <p className={styles.description}>{priority.description}</p>}

      <div className={styles.sideBySide}>
        <section className="card" aria-labelledby="figures-title">
          <h2 id="figures-title">{t('summary.label')}</h2>
          <div className={styles.figures}>
            <div className="stat">
              <div className="value">{figures?.tasks ?? 0}</div>
              <div className="label">{t('summary.tasks')}</div>
            </div>
            <div className="stat" data-testid="weighted-progress">
              <div className="value">{formatNumber(figures?.weightedProgress ?? 0)}%</div>
              <div className="label">{t('summary.weightedProgress')}</div>
            </div>
            <div className="stat">
              <div className="value">{rollup?.achievement === null || rollup === undefined ? na : `${formatNumber(rollup.achievement)}%`}</div>
              <div className="label">{t('summary.achievement')}</div>
            </div>
            <div className="stat">
              <div className="value">{t('summary.indicatorsValue', { withActual: rollup?.withActual ?? 0, indicators: rollup?.indicators ?? 0 })}</div>
              <div className="label">{t('summary.indicators')}</div>
            </div>
          </div>
          <ProgressBar value={Math.round(figures?.weightedProgress ?? 0)} label={t('progressLabel', { code: priority.code })} />
          <p className={styles.hint}>{t('weightedHint')}</p>
        </section>
        <HealthSection history={history} form={mayRate ? <HealthForm action={setHealthAction.bind(null, priority.id)} current={history[0]?.rating ?? null} /> : undefined} />
      </div>

      <section className="card" aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t('tasks.title')}</h2>
        {tasks.total > tasks.items.length && (
          <p className="muted">
            {t('tasks.truncated', { shown: tasks.items.length, total: tasks.total })}{' '}
            <Link href={`/tasks?plan=${priority.planId}&priority=${priority.id}`}>{t('tasks.all')}</Link>
          </p>
        )}
        <TasksByTimeliness tasks={tasks.items} unitNames={unitNames} />
      </section>

      <section className="card" aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t('indicators.title')}</h2>
        <IndicatorTable tasks={tasks.items} />
      </section>

      <NarrativesSection
        narratives={narratives}
        form={
          mayNarrate ? (
            <NarrativeForm
              action={postNarrativeAction.bind(null, priority.id)}
              year={priority.planYear}
              posted={narratives.filter((n) => n.year === priority.planYear).map((n) => n.quarter)}
              defaultQuarter={defaultQuarter(priority.planYear, today)}
            />
          ) : undefined
        }
      />
    </>
  );
}
