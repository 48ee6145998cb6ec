import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import type { Timeliness } from '../domain/timeliness';
import { forbidden } from '../errors';
import { can, type Viewer } from '../policy';
import { queryRows } from '../raw';
import { cachedForPlan } from './plan-cache';
import { aliasColumns, timelinessSql } from './timeliness-sql';
import { id } from './input-fields';

// Every figure of the dashboard comes from SQL (GROUP BY / FILTER) over indexed columns; the page
// issues the same bounded number of queries whatever the number of tasks (issue 5).

export const dashboardInput = z.object({
  plan: id,
  priority: id.optional(),
  unit: id.optional(),
});
export type DashboardInput = z.infer<typeof dashboardInput>;

export type Headline = {
  total: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  /** Tasks already due (đến hạn): due date on or before today, or completed. */
  due: number;
  overdue: number;
  atRisk: number;
  onSchedule: number;
  notStarted: number;
  awaiting: number;
  cancelled: number;
  /** Completed among tasks already due — the state's headline rate. null when nothing is due. */
  completionRateDue: number | null;
  /** Completed among all tasks (cancelled excluded). */
  completionRateAll: number | null;
  /** Completed on time among tasks already due. */
  onTimeRateDue: number | null;
};

/** The WHERE of every dashboard query: the plan, and optionally a priority and a unit (lead or supporting). */
function scope(input: DashboardInput): SQL {
  const parts: SQL[] = [sql`t.plan_id = ${input.plan}`];
  if (input.priority !== undefined) parts.push(sql`t.priority_id = ${input.priority}`);
  if (input.unit !== undefined) {
    parts.push(sql`(t.lead_unit_id = ${input.unit} OR EXISTS (SELECT 1 FROM task_supporting_units s WHERE s.task_id = t.id AND s.unit_id = ${input.unit}))`);
  }
  return sql.join(parts, sql` AND `);
}

/** The timeliness expression over the alias t. */
function timeliness(today: string): SQL {
  return timelinessSql(today, aliasColumns('t'));
}

/** What a cached figure depends on besides the plan and its revision. */
function cacheKey(name: string, input: DashboardInput, ...rest: unknown[]): string {
  return [name, input.priority ?? '', input.unit ?? '', ...rest].join('|');
}

function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export async function dashboardHeadline(db: Db, viewer: Viewer, input: DashboardInput, today: string): Promise<Headline> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return cachedForPlan(db, input.plan, cacheKey('dashboardHeadline', input, today), async (tx) => {
    const [row] = await queryRows<Record<string, number>>(
      tx,
      sql`WITH x AS (SELECT t.status, t.due_date, ${timeliness(today)} AS tl FROM tasks t WHERE ${scope(input)})
          SELECT count(*) FILTER (WHERE status <> 'cancelled')::int AS total,
                 count(*) FILTER (WHERE status = 'completed')::int AS completed,
                 count(*) FILTER (WHERE tl = 'completed_on_time')::int AS completed_on_time,
                 count(*) FILTER (WHERE tl = 'completed_late')::int AS completed_late,
                 count(*) FILTER (WHERE status <> 'cancelled' AND (status = 'completed' OR due_date <= ${today}::date))::int AS due,
                 count(*) FILTER (WHERE tl = 'overdue')::int AS overdue,
                 count(*) FILTER (WHERE tl = 'at_risk')::int AS at_risk,
                 count(*) FILTER (WHERE tl = 'on_schedule')::int AS on_schedule,
                 count(*) FILTER (WHERE tl = 'not_started')::int AS not_started,
                 count(*) FILTER (WHERE status = 'awaiting_confirmation')::int AS awaiting,
                 count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
          FROM x`,
    );
    const r = row ?? {};
    const n = (k: string) => Number(r[k] ?? 0);
    return {
      total: n('total'),
      completed: n('completed'),
      completedOnTime: n('completed_on_time'),
      completedLate: n('completed_late'),
      due: n('due'),
      overdue: n('overdue'),
      atRisk: n('at_risk'),
      onSchedule: n('on_schedule'),
      notStarted: n('not_started'),
      awaiting: n('awaiting'),
      cancelled: n('cancelled'),
      completionRateDue: rate(n('completed'), n('due')),
      completionRateAll: rate(n('completed'), n('total')),
      onTimeRateDue: rate(n('completed_on_time'), n('due')),
    };
  });
}

export type PriorityProgress = {
  priorityId: number;
  code: string;
  title: string;
  tasks: number;
  /** Σ(progress × weight) / Σ weight over the priority's tasks, cancelled excluded; 0–100. */
  weightedProgress: number;
  health: { rating: 'green' | 'amber' | 'red'; reason: string; setAt: string } | null;
};

export async function progressByPriority(db: Db, viewer: Viewer, input: DashboardInput): Promise<PriorityProgress[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return cachedForPlan(db, input.plan, cacheKey('progressByPriority', input), async (tx) => {
    const rows = await queryRows<{ priority_id: number; code: string; title: string; tasks: number; weighted: number | null; rating: string | null; reason: string | null; set_at: string | null }>(
      tx,
      sql`SELECT p.id AS priority_id, p.code, p.title,
                 count(t.id)::int AS tasks,
                 (sum(t.progress * t.weight) / nullif(sum(t.weight), 0))::float8 AS weighted,
                 h.rating, h.reason, h.set_at::text AS set_at
          FROM priorities p
          LEFT JOIN tasks t ON t.priority_id = p.id AND t.status <> 'cancelled' AND ${scope(input)}
          LEFT JOIN LATERAL (SELECT rating, reason, set_at FROM priority_health ph WHERE ph.priority_id = p.id ORDER BY set_at DESC, id DESC LIMIT 1) h ON true
          WHERE p.plan_id = ${input.plan} ${input.priority !== undefined ? sql`AND p.id = ${input.priority}` : sql``}
          GROUP BY p.id, p.code, p.title, p.sort_order, h.rating, h.reason, h.set_at
          ORDER BY p.sort_order, p.code`,
    );
    return rows.map((r) => ({
      priorityId: r.priority_id,
      code: r.code,
      title: r.title,
      tasks: r.tasks,
      weightedProgress: Math.round((r.weighted ?? 0) * 10) / 10,
      health: r.rating ? { rating: r.rating as 'green' | 'amber' | 'red', reason: r.reason ?? '', setAt: r.set_at ?? '' } : null,
    }));
  });
}

export async function statusDistribution(db: Db, viewer: Viewer, input: DashboardInput): Promise<{ status: string; count: number }[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return cachedForPlan(db, input.plan, cacheKey('statusDistribution', input), (tx) =>
    queryRows(tx, sql`SELECT t.status::text AS status, count(*)::int AS count FROM tasks t WHERE ${scope(input)} GROUP BY t.status ORDER BY t.status`),
  );
}

export type UnitTimeliness = { unitId: number; unitName: string; kind: string } & Record<Timeliness, number>;

/**
 * Tasks by timeliness for each unit they involve. `role: 'lead'` counts the tasks a unit leads;
 * `districtsOnly` restricts to district-level units and counts tasks they lead or support.
 */
export async function timelinessByUnit(db: Db, viewer: Viewer, input: DashboardInput, today: string, options: { districtsOnly?: boolean } = {}): Promise<UnitTimeliness[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return cachedForPlan(db, input.plan, cacheKey('timelinessByUnit', input, today, options.districtsOnly ?? false), async (tx) => {
    const involvement = options.districtsOnly
      ? sql`(SELECT t2.id AS task_id, t2.lead_unit_id AS unit_id FROM tasks t2 UNION SELECT s.task_id, s.unit_id FROM task_supporting_units s)`
      : sql`(SELECT t2.id AS task_id, t2.lead_unit_id AS unit_id FROM tasks t2)`;
    const rows = await queryRows<Record<string, string | number>>(
      tx,
      sql`WITH x AS (
            SELECT i.unit_id, ${timeliness(today)} AS tl
            FROM tasks t JOIN ${involvement} i ON i.task_id = t.id
            WHERE ${scope(input)})
          SELECT u.id AS unit_id, u.name AS unit_name, u.kind::text AS kind,
                 count(*) FILTER (WHERE tl = 'on_schedule')::int AS on_schedule,
                 count(*) FILTER (WHERE tl = 'at_risk')::int AS at_risk,
                 count(*) FILTER (WHERE tl = 'overdue')::int AS overdue,
                 count(*) FILTER (WHERE tl = 'completed_on_time')::int AS completed_on_time,
                 count(*) FILTER (WHERE tl = 'completed_late')::int AS completed_late,
                 count(*) FILTER (WHERE tl = 'not_started')::int AS not_started,
                 count(*) FILTER (WHERE tl = 'cancelled')::int AS cancelled
          FROM x JOIN units u ON u.id = x.unit_id
          ${options.districtsOnly ? sql`WHERE u.kind = 'district'` : sql``}
          GROUP BY u.id, u.name, u.kind, u.sort_order
          ORDER BY u.sort_order, u.name`,
    );
    return rows.map((r) => ({
      unitId: Number(r.unit_id),
      unitName: String(r.unit_name),
      kind: String(r.kind),
      on_schedule: Number(r.on_schedule),
      at_risk: Number(r.at_risk),
      overdue: Number(r.overdue),
      completed_on_time: Number(r.completed_on_time),
      completed_late: Number(r.completed_late),
      not_started: Number(r.not_started),
      cancelled: Number(r.cancelled),
    }));
  });
}

export type MonthPoint = { month: string; planned: number; completed: number; plannedCumulative: number; completedCumulative: number };

/** Completions by month against the plan's due dates, each also cumulative (window functions). */
export async function completionByMonth(db: Db, viewer: Viewer, input: DashboardInput): Promise<MonthPoint[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return cachedForPlan(db, input.plan, cacheKey('completionByMonth', input), async (tx) => {
    const rows = await queryRows<{ month: string; planned: number; completed: number; planned_cum: number; completed_cum: number }>(
      tx,
      sql`WITH months AS (
            SELECT to_char(m, 'YYYY-MM') AS month FROM generate_series(
              (SELECT make_date(year, 1, 1) FROM plans WHERE id = ${input.plan}),
              (SELECT make_date(year, 12, 1) FROM plans WHERE id = ${input.plan}), interval '1 month') AS m),
          planned AS (SELECT to_char(t.due_date, 'YYYY-MM') AS month, count(*)::int AS n FROM tasks t WHERE ${scope(input)} AND t.status <> 'cancelled' GROUP BY 1),
          done AS (SELECT to_char(t.completed_on, 'YYYY-MM') AS month, count(*)::int AS n FROM tasks t WHERE ${scope(input)} AND t.status = 'completed' GROUP BY 1)
          SELECT months.month, coalesce(planned.n, 0)::int AS planned, coalesce(done.n, 0)::int AS completed,
                 (sum(coalesce(planned.n, 0)) OVER (ORDER BY months.month))::int AS planned_cum,
                 (sum(coalesce(done.n, 0)) OVER (ORDER BY months.month))::int AS completed_cum
          FROM months LEFT JOIN planned USING (month) LEFT JOIN done USING (month)
          ORDER BY months.month`,
    );
    return rows.map((r) => ({ month: r.month, planned: r.planned, completed: r.completed, plannedCumulative: r.planned_cum, completedCumulative: r.completed_cum }));
  });
}

export type IndicatorRollup = { priorityId: number; code: string; indicators: number; withActual: number; /** Mean of min(actual/target, 1), 0–100. */ achievement: number | null };

/** Indicators have different units, so they roll up as the mean share of target reached. */
export async function indicatorsByPriority(db: Db, viewer: Viewer, input: DashboardInput): Promise<IndicatorRollup[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return cachedForPlan(db, input.plan, cacheKey('indicatorsByPriority', input), async (tx) => {
    const rows = await queryRows<{ priority_id: number; code: string; indicators: number; with_actual: number; achievement: number | null }>(
      tx,
      sql`SELECT p.id AS priority_id, p.code, count(i.id)::int AS indicators, count(i.actual)::int AS with_actual,
                 (100 * avg(CASE WHEN i.target > 0 THEN least(coalesce(i.actual, 0) / i.target, 1) END))::float8 AS achievement
          FROM priorities p
          LEFT JOIN tasks t ON t.priority_id = p.id AND t.status <> 'cancelled' AND ${scope(input)}
          LEFT JOIN indicators i ON i.task_id = t.id
          WHERE p.plan_id = ${input.plan} ${input.priority !== undefined ? sql`AND p.id = ${input.priority}` : sql``}
          GROUP BY p.id, p.code, p.sort_order ORDER BY p.sort_order, p.code`,
    );
    return rows.map((r) => ({
      priorityId: r.priority_id,
      code: r.code,
      indicators: r.indicators,
      withActual: r.with_actual,
      achievement: r.achievement === null ? null : Math.round(r.achievement * 10) / 10,
    }));
  });
}

export type DeadlineRow = { id: number; code: string; title: string; dueDate: string; progress: number; leadUnitName: string; daysLate: number };

/** Overdue tasks (most late first) and tasks due within `days` days: short lists, LIMITed in SQL. */
export async function deadlineLists(db: Db, viewer: Viewer, input: DashboardInput, today: string, days = 14, limit = 15): Promise<{ overdue: DeadlineRow[]; upcoming: DeadlineRow[] }> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return cachedForPlan(db, input.plan, cacheKey('deadlineLists', input, today, days, limit), async (tx) => {
    const select = (where: SQL, order: SQL) =>
      queryRows<{ id: number; code: string; title: string; due_date: string; progress: number; lead_unit_name: string; days_late: number }>(
        tx,
        sql`SELECT t.id, t.code, t.title, t.due_date::text AS due_date, t.progress, u.name AS lead_unit_name, (${today}::date - t.due_date)::int AS days_late
            FROM tasks t JOIN units u ON u.id = t.lead_unit_id
            WHERE ${scope(input)} AND ${where} ORDER BY ${order} LIMIT ${limit}`,
      );
    const open = sql`t.status IN ('not_started', 'in_progress', 'paused')`;
    const [overdue, upcoming] = [
      await select(sql`${open} AND t.due_date < ${today}::date`, sql`t.due_date, t.id`),
      await select(sql`${open} AND t.due_date BETWEEN ${today}::date AND ${today}::date + ${days}::int`, sql`t.due_date, t.id`),
    ];
    const map = (r: (typeof overdue)[number]): DeadlineRow => ({ id: r.id, code: r.code, title: r.title, dueDate: r.due_date, progress: r.progress, leadUnitName: r.lead_unit_name, daysLate: r.days_late });
    return { overdue: overdue.map(map), upcoming: upcoming.map(map) };
  });
}
