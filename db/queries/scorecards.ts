import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { forbidden, notFound } from '../errors';
import { can, type Viewer } from '../policy';
import { queryRows } from '../raw';
import { aliasColumns, timelinessSql } from './timeliness-sql';
import { id } from './input-fields';

// Unit scorecards: units, never individuals (DOMAIN.md: the province ranks agencies, not people).

export const RANKING_SORTS = ['name', 'onTimeRate', '-onTimeRate', 'overdue', 'tasks'] as const;
export const rankingInput = z.object({
  plan: id,
  sort: z.enum(RANKING_SORTS).default('name'),
});

export type Scorecard = {
  unitId: number;
  unitName: string;
  kind: string;
  led: number;
  supported: number;
  /** Tasks already due among those the unit leads. */
  due: number;
  completedOnTime: number;
  completedLate: number;
  overdue: number;
  atRisk: number;
  /** Completed on time among the tasks it leads that are already due; null when none is due. */
  onTimeRate: number | null;
};

function scorecardSql(plan: number, today: string, where: ReturnType<typeof sql>) {
  const tl = timelinessSql(today, aliasColumns('t'));
  return sql`
    WITH led AS (
      SELECT t.lead_unit_id AS unit_id, ${tl} AS tl, t.status, t.due_date FROM tasks t WHERE t.plan_id = ${plan} AND t.status <> 'cancelled'),
    supported AS (
      SELECT s.unit_id, count(*)::int AS n FROM task_supporting_units s JOIN tasks t ON t.id = s.task_id
      WHERE t.plan_id = ${plan} AND t.status <> 'cancelled' GROUP BY s.unit_id)
    SELECT u.id AS unit_id, u.name AS unit_name, u.kind::text AS kind,
           count(led.unit_id)::int AS led,
           coalesce(max(supported.n), 0)::int AS supported,
           count(*) FILTER (WHERE led.status = 'completed' OR led.due_date <= ${today}::date)::int AS due,
           count(*) FILTER (WHERE led.tl = 'completed_on_time')::int AS completed_on_time,
           count(*) FILTER (WHERE led.tl = 'completed_late')::int AS completed_late,
           count(*) FILTER (WHERE led.tl = 'overdue')::int AS overdue,
           count(*) FILTER (WHERE led.tl = 'at_risk')::int AS at_risk
    FROM units u
    LEFT JOIN led ON led.unit_id = u.id
    LEFT JOIN supported ON supported.unit_id = u.id
    WHERE ${where}
    GROUP BY u.id, u.name, u.kind, u.sort_order`;
}

type Row = { unit_id: number; unit_name: string; kind: string; led: number; supported: number; due: number; completed_on_time: number; completed_late: number; overdue: number; at_risk: number };

function toScorecard(r: Row): Scorecard {
  return {
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    led: r.led,
    supported: r.supported,
    due: r.due,
    completedOnTime: r.completed_on_time,
    completedLate: r.completed_late,
    overdue: r.overdue,
    atRisk: r.at_risk,
    onTimeRate: r.due > 0 ? r.completed_on_time / r.due : null,
  };
}

export async function unitScorecard(db: Db, viewer: Viewer, unitId: number, plan: number, today: string): Promise<Scorecard> {
  if (!can(viewer, 'task.list')) throw forbidden();
  const [row] = await queryRows<Row>(db, scorecardSql(plan, today, sql`u.id = ${unitId}`));
  if (!row) throw notFound();
  return toScorecard(row);
}

/** The district-level units of a plan, sortable; by name unless the leader asks otherwise. */
export async function districtRanking(db: Db, viewer: Viewer, input: z.infer<typeof rankingInput>, today: string): Promise<Scorecard[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  const order = {
    name: sql`u.sort_order, u.name`,
    onTimeRate: sql`(count(*) FILTER (WHERE led.tl = 'completed_on_time'))::float8 / nullif(count(*) FILTER (WHERE led.status = 'completed' OR led.due_date <= ${today}::date), 0) ASC NULLS LAST, u.name`,
    '-onTimeRate': sql`(count(*) FILTER (WHERE led.tl = 'completed_on_time'))::float8 / nullif(count(*) FILTER (WHERE led.status = 'completed' OR led.due_date <= ${today}::date), 0) DESC NULLS LAST, u.name`,
    overdue: sql`count(*) FILTER (WHERE led.tl = 'overdue') DESC, u.name`,
    tasks: sql`count(led.unit_id) + coalesce(max(supported.n), 0) DESC, u.name`,
  }[input.sort];
  const rows = await queryRows<Row>(db, sql`${scorecardSql(input.plan, today, sql`u.kind = 'district'`)} ORDER BY ${order}`);
  return rows.map(toScorecard);
}
