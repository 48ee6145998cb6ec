// The database itself refuses bad rows, whatever the application does (issue 2).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '@/db/schema';
import { queryRows } from '@/db/raw';
import { createTestDb, type TestDb } from '../support/test-db';

let t: TestDb;
let ids: { unitId: number; planId: number; priorityId: number };

beforeAll(async () => {
  t = await createTestDb();
  const [unit] = await t.db.insert(s.units).values({ code: 'U1', name: 'Đơn vị thử', kind: 'division', validFrom: '2021-01-01' }).returning();
  const [plan] = await t.db.insert(s.plans).values({ year: 2021, title: 'Kế hoạch thử' }).returning();
  const [priority] = await t.db
    .insert(s.priorities)
    .values({ planId: plan!.id, code: 'P1', title: 'Nhóm thử', legalBasis: '1/QĐ', leadUnitId: unit!.id })
    .returning();
  ids = { unitId: unit!.id, planId: plan!.id, priorityId: priority!.id };
});
afterAll(() => t.close());

function task(overrides: Partial<typeof s.tasks.$inferInsert> = {}): typeof s.tasks.$inferInsert {
  return {
    planId: ids.planId,
    priorityId: ids.priorityId,
    code: `T-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Nhiệm vụ thử',
    leadUnitId: ids.unitId,
    startDate: '2021-01-01',
    dueDate: '2021-06-30',
    ...overrides,
  };
}

async function taskCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM tasks`);
  return row!.n;
}

/** drizzle wraps driver errors; the constraint name is on the cause. */
async function violation(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the database accepted a row it must refuse').toBeTruthy();
  const cause = (error as { cause?: { constraint?: string; message?: string } }).cause;
  return `${cause?.constraint ?? ''} ${cause?.message ?? (error as Error).message}`;
}

describe('schema constraints', () => {
  it('accepts a valid task', async () => {
    const before = await taskCount();
    await t.db.insert(s.tasks).values(task());
    expect(await taskCount()).toBe(before + 1);
  });

  it('refuses progress above 100 and below 0', async () => {
    expect(await violation(t.db.insert(s.tasks).values(task({ progress: 120 })))).toContain('tasks_progress_range');
    expect(await violation(t.db.insert(s.tasks).values(task({ progress: -1 })))).toContain('tasks_progress_range');
  });

  it('refuses a due date before the start date', async () => {
    expect(await violation(t.db.insert(s.tasks).values(task({ startDate: '2021-05-01', dueDate: '2021-04-30' })))).toContain(
      'tasks_due_not_before_start',
    );
  });

  it('refuses a task without a priority', async () => {
    const msg = await violation(t.db.execute(sql`INSERT INTO tasks (plan_id, code, title, lead_unit_id, start_date, due_date)
      VALUES (${ids.planId}, 'NOPRIO', 'Không có nhóm', ${ids.unitId}, '2021-01-01', '2021-02-01')`));
    expect(msg).toMatch(/priority_id|not-null|null value/);
  });

  it("refuses a task whose plan differs from its priority's plan", async () => {
    const [other] = await t.db.insert(s.plans).values({ year: 2022, title: 'Kế hoạch khác' }).returning();
    expect(await violation(t.db.insert(s.tasks).values(task({ planId: other!.id })))).toContain('tasks_priority_plan_fk');
  });

  it('refuses a duplicate task code in one plan, a zero weight, a completed task without a date', async () => {
    await t.db.insert(s.tasks).values(task({ code: 'DUP' }));
    expect(await violation(t.db.insert(s.tasks).values(task({ code: 'DUP' })))).toContain('tasks_plan_code_key');
    expect(await violation(t.db.insert(s.tasks).values(task({ weight: 0 })))).toContain('tasks_weight_positive');
    expect(await violation(t.db.insert(s.tasks).values(task({ status: 'completed', progress: 100 })))).toContain('tasks_completed_has_date');
  });

  it('refuses an upper-case email and a unit that ends before it starts', async () => {
    expect(
      await violation(t.db.insert(s.users).values({ email: 'A@B.VN', name: 'X', role: 'viewer', unitId: ids.unitId, passwordHash: 'x' })),
    ).toContain('users_email_lowercase');
    expect(
      await violation(t.db.insert(s.units).values({ code: 'U2', name: 'Y', kind: 'district', validFrom: '2021-01-01', validTo: '2020-01-01' })),
    ).toContain('units_valid_range');
  });

  it('keeps a diacritic-free search column in SQL', async () => {
    const [row] = await t.db.insert(s.tasks).values(task({ title: 'Hỗ trợ huyện Đình Lập, LẠNG SƠN' })).returning({ searchText: s.tasks.searchText });
    expect(row!.searchText).toContain('ho tro huyen dinh lap, lang son');
  });
});
