// The plan lifecycle on a real database: draft → active → closed, a closed plan is read-only,
// and "start next year's plan" copies priorities and unfinished tasks in one transaction.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/db/errors';
import type { Viewer } from '@/db/policy';
import { listPlans, setPlanStatus, startNextYearPlan, type PlanListItem } from '@/db/queries/plans';
import { createTask } from '@/db/queries/task-writes';
import { queryRows } from '@/db/raw';
import { createTestDb, type TestDb } from '../support/test-db';

let t: TestDb;
let leader: Viewer;
let admin: Viewer;
let officer: Viewer;
let plan2021: PlanListItem;

async function viewerFor(email: string): Promise<Viewer> {
  const [row] = await queryRows<Viewer>(t.db, sql`SELECT id, role, unit_id AS "unitId", name, email FROM users WHERE email = ${email}`);
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const ctx = { today: '2021-10-15', ip: '127.0.0.1' };

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  leader = await viewerFor('lanhdao@khcn.langson.gov.vn');
  admin = await viewerFor('quantri@khcn.langson.gov.vn');
  officer = await viewerFor('qlkh@khcn.langson.gov.vn');
  plan2021 = (await listPlans(t.db, leader)).find((p) => p.year === 2021)!;
});
afterAll(() => t.close());

describe('plan lifecycle', () => {
  it('refuses an officer both a status change and starting next year', async () => {
    expect((await refusal(setPlanStatus(t.db, officer, plan2021.id, { version: plan2021.version, status: 'closed' }))).code).toBe('forbidden');
    expect((await refusal(startNextYearPlan(t.db, officer, { fromPlanId: plan2021.id }))).code).toBe('forbidden');
    const [row] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM plans`);
    expect(row!.n).toBe(1);
  });

  it('starts next year with the priorities and only the unfinished tasks, dates shifted, progress reset', async () => {
    const sourceTasks = await queryRows<{ code: string; status: string; start_date: string; due_date: string; owner_id: number | null; lead_unit_id: number; weight: string }>(
      t.db,
      sql`SELECT code, status, start_date::text, due_date::text, owner_id, lead_unit_id, weight::text FROM tasks WHERE plan_id = ${plan2021.id}`,
    );
    const unfinished = sourceTasks.filter((x) => x.status !== 'completed' && x.status !== 'cancelled');
    // The seed tells a story with finished and unfinished work; otherwise this test proves little.
    expect(unfinished.length).toBeGreaterThan(0);
    expect(unfinished.length).toBeLessThan(sourceTasks.length);

    const { plan, copied } = await startNextYearPlan(t.db, leader, { fromPlanId: plan2021.id, version: plan2021.version }, { ip: '10.0.0.1' });
    expect(plan).toMatchObject({ year: 2022, status: 'draft', previousPlanId: plan2021.id, title: 'Kế hoạch công tác năm 2022 của Sở Khoa học và Công nghệ', taskCount: unfinished.length });
    expect(copied.priorities).toBe(7);
    expect(copied.tasks).toBe(unfinished.length);

    const priorities = await queryRows<{ code: string; title: string; legal_basis: string }>(
      t.db,
      sql`SELECT code, title, legal_basis FROM priorities WHERE plan_id = ${plan.id} ORDER BY code`,
    );
    const oldPriorities = await queryRows<{ code: string; title: string; legal_basis: string }>(
      t.db,
      sql`SELECT code, title, legal_basis FROM priorities WHERE plan_id = ${plan2021.id} ORDER BY code`,
    );
    expect(priorities).toEqual(oldPriorities);

    const newTasks = await queryRows<{ code: string; status: string; progress: number; start_date: string; due_date: string; completed_on: string | null; completion_requested_on: string | null; version: number; owner_id: number | null; lead_unit_id: number; weight: string }>(
      t.db,
      sql`SELECT code, status, progress, start_date::text, due_date::text, completed_on::text, completion_requested_on::text, version, owner_id, lead_unit_id, weight::text FROM tasks WHERE plan_id = ${plan.id}`,
    );
    expect(newTasks.map((x) => x.code).sort()).toEqual(unfinished.map((x) => x.code).sort());
    const byCode = new Map(unfinished.map((x) => [x.code, x]));
    for (const task of newTasks) {
      const old = byCode.get(task.code)!;
      expect(task).toMatchObject({ status: 'not_started', progress: 0, completed_on: null, completion_requested_on: null, version: 1, lead_unit_id: old.lead_unit_id, weight: old.weight, owner_id: old.owner_id });
      expect(task.start_date).toBe(`${Number(old.start_date.slice(0, 4)) + 1}${old.start_date.slice(4)}`);
      expect(task.due_date).toBe(`${Number(old.due_date.slice(0, 4)) + 1}${old.due_date.slice(4)}`);
    }

    // Supporting units and indicator targets travel; actuals do not.
    const supportOld = await queryRows<{ code: string; units: string }>(
      t.db,
      sql`SELECT t.code, string_agg(s.unit_id::text, ',' ORDER BY s.unit_id) AS units FROM task_supporting_units s JOIN tasks t ON t.id = s.task_id
          WHERE t.plan_id = ${plan2021.id} AND t.status NOT IN ('completed', 'cancelled') GROUP BY t.code ORDER BY t.code`,
    );
    const supportNew = await queryRows<{ code: string; units: string }>(
      t.db,
      sql`SELECT t.code, string_agg(s.unit_id::text, ',' ORDER BY s.unit_id) AS units FROM task_supporting_units s JOIN tasks t ON t.id = s.task_id
          WHERE t.plan_id = ${plan.id} GROUP BY t.code ORDER BY t.code`,
    );
    expect(supportNew).toEqual(supportOld);
    expect(supportNew.length).toBeGreaterThan(0);
    const indicatorsOld = await queryRows<{ code: string; name: string; target: string; actual: string | null }>(
      t.db,
      sql`SELECT t.code, i.name, i.target::text, i.actual::text FROM indicators i JOIN tasks t ON t.id = i.task_id
          WHERE t.plan_id = ${plan2021.id} AND t.status NOT IN ('completed', 'cancelled') ORDER BY t.code, i.sort_order, i.id`,
    );
    const indicatorsNew = await queryRows<{ code: string; name: string; target: string; actual: string | null }>(
      t.db,
      sql`SELECT t.code, i.name, i.target::text, i.actual::text FROM indicators i JOIN tasks t ON t.id = i.task_id
          WHERE t.plan_id = ${plan.id} ORDER BY t.code, i.sort_order, i.id`,
    );
    expect(indicatorsNew.map(({ code, name, target }) => ({ code, name, target }))).toEqual(indicatorsOld.map(({ code, name, target }) => ({ code, name, target })));
    expect(indicatorsOld.some((i) => i.actual !== null)).toBe(true);
    expect(indicatorsNew.every((i) => i.actual === null)).toBe(true);
    expect(copied.indicators).toBe(indicatorsNew.length);

    // The 2021 plan itself is untouched.
    const [still] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM tasks WHERE plan_id = ${plan2021.id}`);
    expect(still!.n).toBe(sourceTasks.length);

    const audit = await queryRows<{ actor_id: number; action: string; after: { fromPlanId: number; copied: typeof copied }; ip: string }>(
      t.db,
      sql`SELECT actor_id, action, after, ip FROM audit_log WHERE entity = 'plan' AND entity_id = ${String(plan.id)}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: leader.id, action: 'plan.start_next_year', ip: '10.0.0.1', after: { fromPlanId: plan2021.id, copied } });
  });

  it('refuses to start the same year twice and changes nothing', async () => {
    const before = await queryRows<{ plans: number; tasks: number; audit: number }>(
      t.db,
      sql`SELECT (SELECT count(*)::int FROM plans) AS plans, (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM audit_log) AS audit`,
    );
    const error = await refusal(startNextYearPlan(t.db, admin, { fromPlanId: plan2021.id }));
    expect(error.code).toBe('conflict');
    expect(error.messageKey).toBe('planExists');
    const after = await queryRows<{ plans: number; tasks: number; audit: number }>(
      t.db,
      sql`SELECT (SELECT count(*)::int FROM plans) AS plans, (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM audit_log) AS audit`,
    );
    expect(after).toEqual(before);
  });

  it('moves draft → active → closed, refuses skipping, reopening and a stale version', async () => {
    let plan = (await listPlans(t.db, leader)).find((p) => p.year === 2022)!;
    expect(plan.status).toBe('draft');

    const skip = await refusal(setPlanStatus(t.db, leader, plan.id, { version: plan.version, status: 'closed' }));
    expect(skip).toMatchObject({ code: 'conflict', messageKey: 'planTransitionNotAllowed' });

    const activated = await setPlanStatus(t.db, leader, plan.id, { version: plan.version, status: 'active' });
    expect(activated).toMatchObject({ status: 'active', version: plan.version + 1 });

    const stale = await refusal(setPlanStatus(t.db, leader, plan.id, { version: plan.version, status: 'closed' }));
    expect(stale.code).toBe('conflict');
    expect(stale.messageKey).toBe('staleVersion');
    expect(stale.details.current).toMatchObject({ id: plan.id, status: 'active', version: activated.version });

    plan = await setPlanStatus(t.db, admin, plan.id, { version: activated.version, status: 'closed' });
    expect(plan.status).toBe('closed');

    const reopen = await refusal(setPlanStatus(t.db, leader, plan.id, { version: plan.version, status: 'active' }));
    expect(reopen).toMatchObject({ code: 'conflict', messageKey: 'planTransitionNotAllowed' });

    const audit = await queryRows<{ action: string; before: unknown; after: unknown }>(
      t.db,
      sql`SELECT action, before, after FROM audit_log WHERE entity = 'plan' AND entity_id = ${String(plan.id)} AND action <> 'plan.start_next_year' ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'plan.activate', before: { status: 'draft' }, after: { status: 'active' } },
      { action: 'plan.close', before: { status: 'active' }, after: { status: 'closed' } },
    ]);
  });

  it('refuses task writes in a closed plan', async () => {
    const plan = (await listPlans(t.db, leader)).find((p) => p.year === 2022)!;
    expect(plan.status).toBe('closed');
    const [priority] = await queryRows<{ id: number; lead_unit_id: number }>(t.db, sql`SELECT id, lead_unit_id FROM priorities WHERE plan_id = ${plan.id} ORDER BY sort_order LIMIT 1`);
    const input = {
      priorityId: priority!.id,
      parentId: null,
      code: 'NEW-1',
      title: 'Nhiệm vụ mới',
      description: '',
      leadUnitId: priority!.lead_unit_id,
      supportingUnitIds: [],
      ownerId: null,
      startDate: '2022-03-01',
      dueDate: '2022-06-30',
      weight: 1,
      indicators: [],
    };
    const error = await refusal(createTask(t.db, leader, input, ctx));
    expect(error).toMatchObject({ code: 'forbidden', messageKey: 'planClosed' });
    const [row] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM tasks WHERE code = 'NEW-1'`);
    expect(row!.n).toBe(0);
  });

  it('moves 29/02 to 28/02 and keeps a child under its copied parent', async () => {
    const unitId = leader.unitId;
    const [p] = await queryRows<{ id: number }>(t.db, sql`INSERT INTO plans (year, title, status) VALUES (2024, 'Kế hoạch thử năm 2024', 'active') RETURNING id`);
    const [pr] = await queryRows<{ id: number }>(
      t.db,
      sql`INSERT INTO priorities (plan_id, code, title, legal_basis, lead_unit_id) VALUES (${p!.id}, 'P1', 'Nhóm thử', '01/KH', ${unitId}) RETURNING id`,
    );
    const [parent] = await queryRows<{ id: number }>(
      t.db,
      sql`INSERT INTO tasks (plan_id, priority_id, code, title, lead_unit_id, start_date, due_date, status, progress)
          VALUES (${p!.id}, ${pr!.id}, 'LEAP', 'Nhiệm vụ ngày nhuận', ${unitId}, '2024-02-29', '2024-12-31', 'in_progress', 40) RETURNING id`,
    );
    await t.db.execute(sql`INSERT INTO tasks (plan_id, priority_id, parent_id, code, title, lead_unit_id, start_date, due_date, status, progress, completed_on)
      VALUES (${p!.id}, ${pr!.id}, ${parent!.id}, 'LEAP.1', 'Việc con', ${unitId}, '2024-01-01', '2024-02-29', 'paused', 10, NULL)`);

    const { plan, copied } = await startNextYearPlan(t.db, admin, { fromPlanId: p!.id });
    expect(plan).toMatchObject({ year: 2025, title: 'Kế hoạch thử năm 2025', status: 'draft' });
    expect(copied).toEqual({ priorities: 1, tasks: 2, indicators: 0 });
    const rows = await queryRows<{ code: string; start_date: string; due_date: string; parent_code: string | null }>(
      t.db,
      sql`SELECT t.code, t.start_date::text, t.due_date::text, pt.code AS parent_code FROM tasks t LEFT JOIN tasks pt ON pt.id = t.parent_id
          WHERE t.plan_id = ${plan.id} ORDER BY t.code`,
    );
    expect(rows).toEqual([
      { code: 'LEAP', start_date: '2025-02-28', due_date: '2025-12-31', parent_code: null },
      { code: 'LEAP.1', start_date: '2025-01-01', due_date: '2025-02-28', parent_code: 'LEAP' },
    ]);
  });
});
