// Cached dashboard figures stay exact (issue 6): after every kind of write the cached figures equal
// figures computed afresh, a refused write leaves the plan's revision alone, and a transaction
// raises each plan it touched once, at commit.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/db/policy';
import { queryRows } from '@/db/raw';
import {
  completionByMonth,
  dashboardHeadline,
  deadlineLists,
  indicatorsByPriority,
  progressByPriority,
  statusDistribution,
  timelinessByUnit,
  type DashboardInput,
} from '@/db/queries/dashboard';
import { cachedForPlan, clearPlanCache } from '@/db/queries/plan-cache';
import { setHealth } from '@/db/queries/priorities';
import { recordProgress } from '@/db/queries/progress';
import { changeTaskState, createTask, updateTask } from '@/db/queries/task-writes';
import { getTask, type TaskDto } from '@/db/queries/tasks';
import { updateUnit } from '@/db/queries/units';
import { createTestDb, type TestDb } from '../support/test-db';

const TODAY = '2021-10-15';
const ctx = { today: TODAY, ip: '10.0.0.7' };

let t: TestDb;
let plan: number;
const people: Record<string, Viewer> = {};
const leader = () => people['lanhdao@khcn.langson.gov.vn']!;
const admin = () => people['quantri@khcn.langson.gov.vn']!;

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  return (await queryRows<T>(t.db, query))[0]!;
}

async function revision(): Promise<number> {
  return Number((await one<{ revision: string }>(sql`SELECT revision FROM plan_revisions WHERE plan_id = ${plan}`)).revision);
}

async function taskByCode(code: string): Promise<TaskDto> {
  return getTask(t.db, leader(), (await one<{ id: number }>(sql`SELECT id FROM tasks WHERE code = ${code}`)).id, TODAY);
}

/** Every figure of the dashboard, for the whole plan and for one unit's scope. */
async function figures(): Promise<unknown> {
  const scopes: DashboardInput[] = [{ plan }, { plan, unit: (await one<{ id: number }>(sql`SELECT id FROM units WHERE code = 'TD'`)).id }];
  const v = people['ubnd@langson.gov.vn']!;
  return Promise.all(
    scopes.map((input) =>
      Promise.all([
        dashboardHeadline(t.db, v, input, TODAY),
        progressByPriority(t.db, v, input),
        statusDistribution(t.db, v, input),
        timelinessByUnit(t.db, v, input, TODAY),
        timelinessByUnit(t.db, v, input, TODAY, { districtsOnly: true }),
        completionByMonth(t.db, v, input),
        indicatorsByPriority(t.db, v, input),
        deadlineLists(t.db, v, input, TODAY),
      ]),
    ),
  );
}

/** The figures with nothing cached: what a fresh app instance would compute. */
async function freshFigures(): Promise<unknown> {
  clearPlanCache(t.db);
  return figures();
}

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  const rows = await queryRows<Viewer & { unit_id: number }>(t.db, sql`SELECT id, role, unit_id, name, email FROM users`);
  for (const row of rows) people[row.email] = { id: row.id, role: row.role, unitId: row.unit_id, name: row.name, email: row.email };
  plan = (await one<{ id: number }>(sql`SELECT id FROM plans WHERE year = 2021`)).id;
});
afterAll(() => t.close());

describe('cached plan figures', () => {
  it('are computed once while the plan is unchanged, and again after a write', async () => {
    let computed = 0;
    const count = () =>
      cachedForPlan(t.db, plan, 'test-count', async (tx) => {
        computed += 1;
        return (await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM tasks WHERE plan_id = ${plan}`))[0]!.n;
      });
    const first = await count();
    expect(await count()).toBe(first);
    expect(computed).toBe(1);
    const task = await taskByCode('NV1.01');
    await changeTaskState(t.db, leader(), task.id, { version: task.version, action: 'pause' }, ctx);
    expect(await count()).toBe(first);
    expect(computed).toBe(2);
  });

  const writes: [string, () => Promise<unknown>][] = [
    [
      'a progress update',
      async () => {
        const task = await taskByCode('NV2.01');
        const officer = Object.values(people).find((p) => p.role === 'officer' && p.unitId === task.leadUnitId) ?? leader();
        return recordProgress(t.db, officer, task.id, { version: task.version, progress: Math.min(95, task.progress + 7), note: 'đo bộ nhớ đệm', indicatorActuals: [], requestCompletion: false }, [], ctx);
      },
    ],
    ['an edit of due date and weight', async () => {
      const task = await taskByCode('NV3.01');
      return updateTask(t.db, leader(), task.id, { version: task.version, dueDate: '2021-10-01', weight: 3 }, ctx);
    }],
    ['a change of supporting units', async () => {
      const task = await taskByCode('NV1.02');
      const td = (await one<{ id: number }>(sql`SELECT id FROM units WHERE code = 'TD'`)).id;
      const next = task.supportingUnitIds.includes(td) ? task.supportingUnitIds.filter((u) => u !== td) : [...task.supportingUnitIds, td];
      return updateTask(t.db, leader(), task.id, { version: task.version, supportingUnitIds: next }, ctx);
    }],
    ['a cancellation', async () => {
      const open = await one<{ code: string }>(sql`SELECT code FROM tasks WHERE plan_id = ${plan} AND status IN ('not_started', 'in_progress') ORDER BY code DESC LIMIT 1`);
      const task = await taskByCode(open.code);
      return changeTaskState(t.db, leader(), task.id, { version: task.version, action: 'cancel', reason: 'Không còn phù hợp.' }, ctx);
    }],
    ['a new task', async () => {
      const priority = await one<{ id: number; lead_unit_id: number }>(sql`SELECT id, lead_unit_id FROM priorities WHERE plan_id = ${plan} ORDER BY sort_order LIMIT 1`);
      return createTask(t.db, leader(), {
        planId: plan, priorityId: priority.id, code: 'CACHE-1', title: 'Nhiệm vụ kiểm tra bộ nhớ đệm', description: '', leadUnitId: priority.lead_unit_id,
        supportingUnitIds: [], ownerId: null, parentId: null, startDate: '2021-03-01', dueDate: '2021-09-30', weight: 2, indicators: [],
      } as Parameters<typeof createTask>[2], ctx);
    }],
    ['a health rating', async () => {
      const priority = await one<{ id: number }>(sql`SELECT id FROM priorities WHERE plan_id = ${plan} ORDER BY sort_order LIMIT 1`);
      return setHealth(t.db, leader(), priority.id, { rating: 'red', reason: 'Chậm tiến độ giải ngân.' });
    }],
    ['a unit renamed', async () => {
      const unit = await one<{ id: number; version: number }>(sql`SELECT id, version FROM units WHERE code = 'TD'`);
      return updateUnit(t.db, admin(), unit.id, { version: unit.version, name: 'huyện Tràng Định (đổi tên)' });
    }],
  ];

  it.each(writes)('stay exact after %s', async (_name, write) => {
    const before = await figures();
    const revisionBefore = await revision();
    await write();
    expect(await revision()).toBeGreaterThan(revisionBefore);
    const cached = await figures();
    expect(cached).toEqual(await freshFigures());
    expect(cached).not.toEqual(before);
  });

  it('are left alone by a refused write', async () => {
    await figures();
    const task = await taskByCode('NV2.01');
    const before = await revision();
    await expect(updateTask(t.db, leader(), task.id, { version: task.version - 1, weight: 5 }, ctx)).rejects.toMatchObject({ code: 'conflict' });
    expect(await revision()).toBe(before);
  });

  it('raise a plan once per transaction, however many rows it touched', async () => {
    const seq = async () => Number((await one<{ v: string }>(sql`SELECT last_value AS v FROM plan_revision_seq`)).v);
    const before = await seq();
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE tasks SET weight = weight + 1 WHERE plan_id = ${plan}`);
      await tx.execute(sql`UPDATE indicators SET target = target + 1 WHERE task_id IN (SELECT id FROM tasks WHERE plan_id = ${plan})`);
    });
    expect(await seq()).toBe(before + 1);
    expect(await revision()).toBe(before + 1);
  });
});
