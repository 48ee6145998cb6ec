import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/db/policy';
import { queryRows } from '@/db/raw';
import { districtRanking, unitScorecard } from '@/db/queries/scorecards';
import { SEED_AS_OF } from '@/db/seed/plan-2021';
import { createTestDb, type TestDb } from '../support/test-db';

let t: TestDb;
let viewer: Viewer;
let plan: number;

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  [viewer] = await queryRows<Viewer>(t.db, sql`SELECT id, role, unit_id AS "unitId", name, email FROM users WHERE role = 'leader' LIMIT 1`) as [Viewer];
  plan = (await queryRows<{ id: number }>(t.db, sql`SELECT id FROM plans WHERE year = 2021`))[0]!.id;
});
afterAll(() => t.close());

describe('unit scorecards', () => {
  it("count a unit's led and supported tasks and its on-time rate like hand-written SQL", async () => {
    const td = (await queryRows<{ id: number }>(t.db, sql`SELECT id FROM units WHERE code = 'TD'`))[0]!.id;
    const card = await unitScorecard(t.db, viewer, td, plan, SEED_AS_OF);
    const [e] = await queryRows<{ led: number; supported: number; due: number; on_time: number }>(
      t.db,
      sql`SELECT (SELECT count(*) FROM tasks WHERE plan_id = ${plan} AND lead_unit_id = ${td} AND status <> 'cancelled')::int AS led,
                 (SELECT count(*) FROM task_supporting_units s JOIN tasks k ON k.id = s.task_id WHERE k.plan_id = ${plan} AND s.unit_id = ${td} AND k.status <> 'cancelled')::int AS supported,
                 (SELECT count(*) FROM tasks WHERE plan_id = ${plan} AND lead_unit_id = ${td} AND status <> 'cancelled' AND (status = 'completed' OR due_date <= ${SEED_AS_OF}::date))::int AS due,
                 (SELECT count(*) FROM tasks WHERE plan_id = ${plan} AND lead_unit_id = ${td} AND status = 'completed' AND completed_on <= due_date)::int AS on_time`,
    );
    expect(card).toMatchObject({ unitName: 'huyện Tràng Định', led: e!.led, supported: e!.supported, due: e!.due, completedOnTime: e!.on_time });
    expect(card.onTimeRate).toBe(e!.due ? e!.on_time / e!.due : null);
  });

  it('rank the 11 district-level units, by name by default and by a chosen figure', async () => {
    const byName = await districtRanking(t.db, viewer, { plan, sort: 'name' }, SEED_AS_OF);
    expect(byName).toHaveLength(11);
    expect(byName.every((r) => r.kind === 'district')).toBe(true);
    const byOverdue = await districtRanking(t.db, viewer, { plan, sort: 'overdue' }, SEED_AS_OF);
    const overdue = byOverdue.map((r) => r.overdue);
    expect([...overdue].sort((a, b) => b - a)).toEqual(overdue);
    const best = await districtRanking(t.db, viewer, { plan, sort: '-onTimeRate' }, SEED_AS_OF);
    const rates = best.map((r) => r.onTimeRate).filter((r): r is number => r !== null);
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
  });
});
