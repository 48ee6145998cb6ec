import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { PERIOD_KINDS, reportPeriod, type ReportPeriod } from '../domain/report-periods';
import type { Timeliness } from '../domain/timeliness';
import { forbidden } from '../errors';
import { can, type Viewer } from '../policy';
import { queryRows } from '../raw';
import { timelinessSql } from './timeliness-sql';
import { id } from './input-fields';

// A periodic report shows the plan as it stood at the period's cut-off (Decree 09/2019/NĐ-CP):
// completion counts only when confirmed with a date on or before the cut-off, progress is the
// last update posted by the end of the cut-off day (Asia/Ho_Chi_Minh), timeliness is judged on it.

export const reportInput = z.object({
  plan: id,
  kind: z.enum(PERIOD_KINDS),
  year: z.coerce.number().int().min(2000).max(2100),
  index: z.coerce.number().int().min(1).max(12).default(1),
}).refine((v) => v.kind !== 'quarter' || v.index <= 4, { message: 'quarterInvalid', path: ['index'] });

export type ReportTaskRow = {
  id: number;
  code: string;
  title: string;
  priorityCode: string;
  leadUnitName: string;
  supportingUnitNames: string;
  startDate: string;
  dueDate: string;
  status: string;
  timeliness: Timeliness;
  progress: number;
  completedOn: string | null;
  indicators: string;
  lastUpdateAt: string | null;
  lastUpdateNote: string | null;
  updatesInPeriod: number;
};

export type ReportSummaryRow = {
  key: string;
  label: string;
  tasks: number;
  completedOnTime: number;
  completedLate: number;
  onSchedule: number;
  atRisk: number;
  overdue: number;
  notStarted: number;
  weightedProgress: number;
};

export type Report = {
  period: ReportPeriod;
  plan: { id: number; year: number; title: string };
  byPriority: ReportSummaryRow[];
  byUnit: ReportSummaryRow[];
  tasks: ReportTaskRow[];
};

/** The task table at the cut-off: one query; the summaries are grouped from it in SQL too. */
function taskRowsAtCutoff(plan: number, period: ReportPeriod): ReturnType<typeof sql> {
  const cutoffEnd = sql`((${period.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
  const periodStart = sql`(${period.from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
  // The task's state at the cut-off, fed to the same timeliness rule as everywhere else.
  const atCutoff = {
    status: sql.raw('c.status'),
    progress: sql.raw('c.progress'),
    startDate: sql.raw('c.start_date'),
    dueDate: sql.raw('c.due_date'),
    completedOn: sql.raw('c.completed_on'),
    completionRequestedOn: sql.raw('c.completion_requested_on'),
  };
  return sql`
    WITH c AS (
      SELECT t.id, t.code, t.title, t.priority_id, t.lead_unit_id, t.start_date, t.due_date, t.weight,
             CASE WHEN t.status = 'cancelled' THEN 'cancelled'
                  WHEN t.completed_on IS NOT NULL AND t.completed_on <= ${period.to}::date THEN 'completed'
                  WHEN t.completion_requested_on IS NOT NULL AND t.completion_requested_on <= ${period.to}::date THEN 'awaiting_confirmation'
                  WHEN coalesce(lu.progress_after, 0) > 0 THEN 'in_progress'
                  ELSE 'not_started' END AS status,
             coalesce(lu.progress_after, 0) AS progress,
             CASE WHEN t.completed_on <= ${period.to}::date THEN t.completed_on END AS completed_on,
             CASE WHEN t.completion_requested_on <= ${period.to}::date THEN t.completion_requested_on END AS completion_requested_on,
             lu.created_at AS last_update_at, lu.note AS last_update_note,
             (SELECT count(*) FROM progress_updates pu WHERE pu.task_id = t.id AND pu.created_at >= ${periodStart} AND pu.created_at < ${cutoffEnd})::int AS updates_in_period
      FROM tasks t
      LEFT JOIN LATERAL (
        SELECT pu.progress_after, pu.created_at, pu.note FROM progress_updates pu
        WHERE pu.task_id = t.id AND pu.created_at < ${cutoffEnd}
        ORDER BY pu.created_at DESC, pu.id DESC LIMIT 1) lu ON true
      WHERE t.plan_id = ${plan} AND t.start_date <= ${period.to}::date)
    SELECT c.*, ${timelinessSql(period.to, atCutoff)} AS timeliness FROM c`;
}

function summary(rows: string, groupKey: string, label: string): ReturnType<typeof sql> {
  return sql.raw(`
    SELECT ${groupKey}::text AS key, ${label} AS label, count(*)::int AS tasks,
           count(*) FILTER (WHERE r.timeliness = 'completed_on_time')::int AS completed_on_time,
           count(*) FILTER (WHERE r.timeliness = 'completed_late')::int AS completed_late,
           count(*) FILTER (WHERE r.timeliness = 'on_schedule')::int AS on_schedule,
           count(*) FILTER (WHERE r.timeliness = 'at_risk')::int AS at_risk,
           count(*) FILTER (WHERE r.timeliness = 'overdue')::int AS overdue,
           count(*) FILTER (WHERE r.timeliness = 'not_started')::int AS not_started,
           round((sum(r.progress * r.weight) / nullif(sum(r.weight), 0))::numeric, 1)::float8 AS weighted_progress
    FROM ${rows}`);
}

type SummaryRow = { key: string; label: string; tasks: number; completed_on_time: number; completed_late: number; on_schedule: number; at_risk: number; overdue: number; not_started: number; weighted_progress: number | null };

const toSummary = (r: SummaryRow): ReportSummaryRow => ({
  key: r.key,
  label: r.label,
  tasks: r.tasks,
  completedOnTime: r.completed_on_time,
  completedLate: r.completed_late,
  onSchedule: r.on_schedule,
  atRisk: r.at_risk,
  overdue: r.overdue,
  notStarted: r.not_started,
  weightedProgress: r.weighted_progress ?? 0,
});

export async function periodicReport(db: Db, viewer: Viewer, input: z.infer<typeof reportInput>): Promise<Report> {
  if (!can(viewer, 'export')) throw forbidden();
  const period = reportPeriod(input.kind, input.year, input.kind === 'half' || input.kind === 'year' ? 1 : input.index);
  const [plan] = await queryRows<{ id: number; year: number; title: string }>(db, sql`SELECT id, year, title FROM plans WHERE id = ${input.plan}`);
  if (!plan) throw forbidden();
  // The rows at the cut-off are computed once (a lateral lookup per task) and read three times.
  const { byPriority, byUnit, tasks } = await db.transaction(async (tx) => {
    await tx.execute(sql`CREATE TEMP TABLE report_rows ON COMMIT DROP AS ${taskRowsAtCutoff(plan.id, period)}`);
    const byPriority = await queryRows<SummaryRow>(
      tx,
      sql`${summary("report_rows r JOIN priorities p ON p.id = r.priority_id WHERE r.timeliness <> 'cancelled' GROUP BY p.id, p.code, p.title, p.sort_order ORDER BY p.sort_order", 'p.code', "p.code || '. ' || p.title")}`,
    );
    const byUnit = await queryRows<SummaryRow>(
      tx,
      sql`${summary("report_rows r JOIN units u ON u.id = r.lead_unit_id WHERE r.timeliness <> 'cancelled' GROUP BY u.id, u.name, u.sort_order ORDER BY u.sort_order, u.name", 'u.id', 'u.name')}`,
    );
    const tasks = await queryRows<Record<string, unknown>>(
      tx,
      sql`SELECT r.id, r.code, r.title, p.code AS priority_code, u.name AS lead_unit_name,
                 coalesce((SELECT string_agg(su.name, '; ' ORDER BY su.sort_order) FROM task_supporting_units s JOIN units su ON su.id = s.unit_id WHERE s.task_id = r.id), '') AS supporting_unit_names,
                 r.start_date::text, r.due_date::text, r.status, r.timeliness, r.progress, r.completed_on::text,
                 -- Figures as people write them here: no trailing zeros, a decimal comma (35/41, 2,5).
                 coalesce((SELECT string_agg(i.name || ': ' || coalesce(replace(trim_scale(i.actual)::text, '.', ','), '—') || '/' || replace(trim_scale(i.target)::text, '.', ',') || ' ' || i.unit_of_measure, '; ' ORDER BY i.sort_order, i.id)
                           FROM indicators i WHERE i.task_id = r.id), '') AS indicators,
                 to_char(r.last_update_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS last_update_at, r.last_update_note, r.updates_in_period
          FROM report_rows r JOIN priorities p ON p.id = r.priority_id JOIN units u ON u.id = r.lead_unit_id
          ORDER BY p.sort_order, r.code`,
    );
    return { byPriority, byUnit, tasks };
  });
  return {
    period,
    plan,
    byPriority: byPriority.map(toSummary),
    byUnit: byUnit.map(toSummary),
    tasks: tasks.map((t) => ({
      id: Number(t.id),
      code: String(t.code),
      title: String(t.title),
      priorityCode: String(t.priority_code),
      leadUnitName: String(t.lead_unit_name),
      supportingUnitNames: String(t.supporting_unit_names),
      startDate: String(t.start_date),
      dueDate: String(t.due_date),
      status: String(t.status),
      timeliness: t.timeliness as Timeliness,
      progress: Number(t.progress),
      completedOn: (t.completed_on as string | null) ?? null,
      indicators: String(t.indicators),
      lastUpdateAt: (t.last_update_at as string | null) ?? null,
      lastUpdateNote: (t.last_update_note as string | null) ?? null,
      updatesInPeriod: Number(t.updates_in_period),
    })),
  };
}
