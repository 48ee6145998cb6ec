// The floor of each operation: its SQL alone — the same data-access calls its page or handler makes,
// run in this process against the same database with the same concurrency — to be added to the
// time of /api/health (the framework and one query) measured in the same run.
import type { Db } from '../../db/client';
import type { Viewer } from '../../db/policy';
import { listComments } from '../../db/queries/comments';
import { peopleByIds } from '../../db/queries/assignable-users';
import { taskHistory } from '../../db/queries/audit';
import {
  completionByMonth,
  dashboardHeadline,
  deadlineLists,
  indicatorsByPriority,
  progressByPriority,
  statusDistribution,
  timelinessByUnit,
} from '../../db/queries/dashboard';
import { clearPlanCache } from '../../db/queries/plan-cache';
import { listOwners } from '../../db/queries/people';
import { listPlanChoices } from '../../db/queries/plans';
import { listUpdates } from '../../db/queries/progress';
import { periodicReport } from '../../db/queries/reports';
import { listTasksInput } from '../../db/queries/task-inputs';
import { getTask, listPriorities, listTasks } from '../../db/queries/tasks';
import { loadViewer } from '../../db/queries/auth';
import { listUnits } from '../../db/queries/units';
import { summarize, type Summary } from './stats';

export type Scenario = { plan: number; year: number; today: string; unit: number; terms: string[]; taskIds: number[] };

type Work = (db: Db, viewer: Viewer, s: Scenario, i: number) => Promise<unknown>;

async function dashboardFigures(db: Db, viewer: Viewer, s: Scenario) {
  const input = { plan: s.plan };
  await Promise.all([listPlanChoices(db, viewer), listUnits(db, viewer), listPriorities(db, viewer, s.plan)]);
  await Promise.all([
    dashboardHeadline(db, viewer, input, s.today),
    progressByPriority(db, viewer, input),
    deadlineLists(db, viewer, input, s.today),
    timelinessByUnit(db, viewer, input, s.today),
    timelinessByUnit(db, viewer, input, s.today, { districtsOnly: true }),
    completionByMonth(db, viewer, input),
    statusDistribution(db, viewer, input),
    indicatorsByPriority(db, viewer, input),
  ]);
}

async function taskList(db: Db, viewer: Viewer, s: Scenario, filter: Record<string, string | number>) {
  await Promise.all([listPlanChoices(db, viewer), listUnits(db, viewer), listOwners(db, viewer), listPriorities(db, viewer, s.plan)]);
  await listTasks(db, viewer, listTasksInput.parse({ plan: s.plan, ...filter }), s.today);
}

/** Each operation's data-access calls, as its page or route makes them (after the viewer is read). */
export const SQL_WORK: Record<string, Work> = {
  dashboard: (db, viewer, s) => dashboardFigures(db, viewer, s),
  'task list': (db, viewer, s) => taskList(db, viewer, s, { unit: s.unit, status: 'in_progress' }),
  search: (db, viewer, s, i) => taskList(db, viewer, s, { q: s.terms[i % s.terms.length]! }),
  'task page': async (db, viewer, s, i) => {
    const task = await getTask(db, viewer, s.taskIds[i % s.taskIds.length]!, s.today);
    await Promise.all([
      listUpdates(db, viewer, task.id),
      listComments(db, viewer, task.id),
      taskHistory(db, viewer, task.id),
      listUnits(db, viewer),
      listPriorities(db, viewer, task.planId),
      listPlanChoices(db, viewer),
    ]);
    await peopleByIds(db, viewer, task.ownerId ? [task.ownerId] : []);
  },
  'report export': (db, viewer, s) => periodicReport(db, viewer, { plan: s.plan, kind: 'quarter', year: s.year, index: 3 }),
};

/** The dashboard's aggregates computed afresh, as a first reader after a write would wait for them. */
export const UNCACHED_DASHBOARD: Work = async (db, viewer, s) => {
  clearPlanCache(db);
  await dashboardFigures(db, viewer, s);
};

/** Runs `work` from `connections` concurrent loops for `seconds`, each call preceded by the viewer read. */
export async function measureSql(db: Db, claim: { userId: number; sessionVersion: number }, work: Work, scenario: Scenario, connections: number, seconds: number): Promise<Summary> {
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  let i = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const viewer = await loadViewer(db, claim);
        await work(db, viewer!, scenario, i++);
        times.push(performance.now() - started);
      }
    }),
  );
  return summarize(times, seconds);
}
