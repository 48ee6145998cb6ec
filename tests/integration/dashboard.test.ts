// Dashboard figures equal independent SQL written here over the seed data — not the same
// function called twice (issue 5).
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
} from '@/db/queries/dashboard';
import { SEED_AS_OF } from '@/db/seed/plan-2021';
import { createTestDb, type TestDb } from '../support/test-db';

const TODAY = SEED_AS_OF;
let t: TestDb;
let viewer: Viewer;
let plan: number;

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  return (await queryRows<T>(t.db, query))[0]!;
}

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  viewer = await one<Viewer>(sql`SELECT id, role, unit_id AS "unitId", name, email FROM users WHERE email = 'ubnd@langson.gov.vn'`);
  plan = (await one<{ id: number }>(sql`SELECT id FROM plans WHERE year = 2021`)).id;
});
afterAll(() => t.close());

describe('dashboard figures', () => {
  it('headline counts and rates match hand-written SQL', async () => {
    const h = await dashboardHeadline(t.db, viewer, { plan }, TODAY);
    const expected = await one<Record<string, number>>(sql`
      SELECT count(*) FILTER (WHERE status <> 'cancelled')::int AS total,
             count(*) FILTER (WHERE status = 'completed')::int AS completed,
             count(*) FILTER (WHERE status = 'completed' AND completed_on <= due_date)::int AS on_time,
             count(*) FILTER (WHERE status = 'completed' AND completed_on > due_date)::int AS late,
             count(*) FILTER (WHERE status <> 'cancelled' AND (status = 'completed' OR due_date <= ${TODAY}::date))::int AS due,
             count(*) FILTER (WHERE (status IN ('not_started', 'in_progress', 'paused') AND due_date < ${TODAY}::date)
                               OR (status = 'awaiting_confirmation' AND completion_requested_on > due_date))::int AS overdue,
             count(*) FILTER (WHERE status = 'awaiting_confirmation')::int AS awaiting
      FROM tasks WHERE plan_id = ${plan}`);
    expect(h).toMatchObject({
      total: expected.total,
      completed: expected.completed,
      completedOnTime: expected.on_time,
      completedLate: expected.late,
      due: expected.due,
      overdue: expected.overdue,
      awaiting: expected.awaiting,
    });
    expect(h.completionRateDue).toBeCloseTo(expected.completed! / expected.due!, 10);
    expect(h.onTimeRateDue).toBeCloseTo(expected.on_time! / expected.due!, 10);
    expect(h.completionRateAll).toBeCloseTo(expected.completed! / expected.total!, 10);
    expect(h.total).toBe(h.onSchedule + h.atRisk + h.overdue + h.completedOnTime + h.completedLate + h.notStarted);
  });

  it('weighted progress by priority matches Σ(progress·weight)/Σweight', async () => {
    const rows = await progressByPriority(t.db, viewer, { plan });
    const expected = await queryRows<{ code: string; w: number }>(
      t.db,
      sql`SELECT p.code, round((sum(t.progress * t.weight) / sum(t.weight))::numeric, 1)::float8 AS w
          FROM priorities p JOIN tasks t ON t.priority_id = p.id AND t.status <> 'cancelled'
          WHERE p.plan_id = ${plan} GROUP BY p.code ORDER BY p.code`,
    );
    expect(rows.map((r) => [r.code, r.weightedProgress])).toEqual(expected.map((e) => [e.code, e.w]));
  });

  it('status distribution and per-unit timeliness match', async () => {
    const status = await statusDistribution(t.db, viewer, { plan });
    const expectedStatus = await queryRows<{ status: string; count: number }>(t.db, sql`SELECT status::text, count(*)::int AS count FROM tasks WHERE plan_id = ${plan} GROUP BY 1 ORDER BY 1`);
    const byStatus = (a: { status: string }, b: { status: string }) => a.status.localeCompare(b.status);
    expect([...status].sort(byStatus)).toEqual([...expectedStatus].sort(byStatus));

    const byUnit = await timelinessByUnit(t.db, viewer, { plan }, TODAY);
    const expectedUnits = await queryRows<{ unit_id: number; led: number; overdue: number; on_time: number }>(
      t.db,
      sql`SELECT lead_unit_id AS unit_id, count(*)::int AS led,
                 count(*) FILTER (WHERE status IN ('not_started', 'in_progress', 'paused') AND due_date < ${TODAY}::date)::int AS overdue,
                 count(*) FILTER (WHERE status = 'completed' AND completed_on <= due_date)::int AS on_time
          FROM tasks WHERE plan_id = ${plan} GROUP BY 1 ORDER BY 1`,
    );
    for (const e of expectedUnits) {
      const row = byUnit.find((u) => u.unitId === e.unit_id)!;
      const sum = row.on_schedule + row.at_risk + row.overdue + row.completed_on_time + row.completed_late + row.not_started + row.cancelled;
      expect(sum, row.unitName).toBe(e.led);
      expect(row.completed_on_time, row.unitName).toBe(e.on_time);
      expect(row.overdue, row.unitName).toBeGreaterThanOrEqual(e.overdue);
    }
  });

  it('districts count the tasks they lead or support', async () => {
    const districts = await timelinessByUnit(t.db, viewer, { plan }, TODAY, { districtsOnly: true });
    expect(districts.every((d) => d.kind === 'district')).toBe(true);
    const td = districts.find((d) => d.unitName === 'huyện Tràng Định')!;
    const expected = await one<{ n: number }>(sql`
      SELECT count(DISTINCT t.id)::int AS n FROM tasks t JOIN units u ON u.code = 'TD'
      WHERE t.plan_id = ${plan} AND (t.lead_unit_id = u.id OR EXISTS (SELECT 1 FROM task_supporting_units s WHERE s.task_id = t.id AND s.unit_id = u.id))`);
    const sum = Object.entries(td).filter(([k]) => !['unitId', 'unitName', 'kind'].includes(k)).reduce((a, [, v]) => a + Number(v), 0);
    expect(sum).toBe(expected.n);
  });

  it('completion over the months is cumulative and ends at the totals', async () => {
    const months = await completionByMonth(t.db, viewer, { plan });
    expect(months).toHaveLength(12);
    expect(months[0]!.month).toBe('2021-01');
    const last = months.at(-1)!;
    const expected = await one<{ planned: number; completed: number }>(
      sql`SELECT count(*) FILTER (WHERE status <> 'cancelled')::int AS planned, count(*) FILTER (WHERE status = 'completed')::int AS completed FROM tasks WHERE plan_id = ${plan}`,
    );
    expect(last.plannedCumulative).toBe(expected.planned);
    expect(last.completedCumulative).toBe(expected.completed);
    for (let i = 1; i < months.length; i++) expect(months[i]!.plannedCumulative).toBe(months[i - 1]!.plannedCumulative + months[i]!.planned);
  });

  it('indicator achievement and deadline lists match', async () => {
    const rollup = await indicatorsByPriority(t.db, viewer, { plan });
    const expected = await queryRows<{ code: string; n: number }>(
      t.db,
      sql`SELECT p.code, count(i.id)::int AS n FROM priorities p JOIN tasks t ON t.priority_id = p.id AND t.status <> 'cancelled' JOIN indicators i ON i.task_id = t.id
          WHERE p.plan_id = ${plan} GROUP BY p.code ORDER BY p.code`,
    );
    expect(rollup.map((r) => [r.code, r.indicators])).toEqual(expected.map((e) => [e.code, e.n]));

    const lists = await deadlineLists(t.db, viewer, { plan }, TODAY);
    const overdue = await queryRows<{ code: string }>(
      t.db,
      sql`SELECT code FROM tasks WHERE plan_id = ${plan} AND status IN ('not_started', 'in_progress', 'paused') AND due_date < ${TODAY}::date ORDER BY due_date, id LIMIT 15`,
    );
    expect(lists.overdue.map((r) => r.code)).toEqual(overdue.map((r) => r.code));
    expect(lists.upcoming.every((r) => r.dueDate >= TODAY && r.dueDate <= '2021-10-29')).toBe(true);
  });

  it('narrows to a unit (lead or supporting) and a priority', async () => {
    const td = await one<{ id: number }>(sql`SELECT id FROM units WHERE code = 'TD'`);
    const h = await dashboardHeadline(t.db, viewer, { plan, unit: td.id }, TODAY);
    const expected = await one<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM tasks t WHERE t.plan_id = ${plan} AND t.status <> 'cancelled'
        AND (t.lead_unit_id = ${td.id} OR EXISTS (SELECT 1 FROM task_supporting_units s WHERE s.task_id = t.id AND s.unit_id = ${td.id}))`);
    expect(h.total).toBe(expected.n);
    const nv3 = await one<{ id: number }>(sql`SELECT id FROM priorities WHERE code = 'NV3' AND plan_id = ${plan}`);
    const rows = await progressByPriority(t.db, viewer, { plan, priority: nv3.id });
    expect(rows.map((r) => r.code)).toEqual(['NV3']);
  });
});
