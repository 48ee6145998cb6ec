import 'server-only';
import { and, asc, desc, eq, gte, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import type { Timeliness } from '../domain/timeliness';
import type { IndicatorDto, TaskDto } from './task-dto';
import { forbidden, notFound } from '../errors';
import { can, type TaskScope, type Viewer } from '../policy';
import { indicators, plans, priorities, tasks, taskSupportingUnits, type TaskStatus } from '../schema';
import type { ListTasksInput } from './task-inputs';
import { timelinessSql } from './timeliness-sql';

export type { IndicatorDto, TaskDto } from './task-dto';

// Qualified by hand: drizzle writes a lone "id" when a query has one table, which inside these
// subqueries would name the subquery's own id column.
const TASK_ID = sql.raw('"tasks"."id"');

const supportingUnitIdsSql = sql<number[]>`coalesce((
  SELECT array_agg(s.unit_id ORDER BY s.unit_id) FROM ${taskSupportingUnits} s WHERE s.task_id = ${TASK_ID}
), '{}')`;

const indicatorsSql = sql<IndicatorDto[]>`coalesce((
  SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'unitOfMeasure', i.unit_of_measure,
    'target', i.target::float8, 'actual', i.actual::float8, 'version', i.version) ORDER BY i.sort_order, i.id)
  FROM ${indicators} i WHERE i.task_id = ${TASK_ID}
), '[]'::json)`;

export function taskColumns(today: string) {
  return {
    id: tasks.id,
    planId: tasks.planId,
    priorityId: tasks.priorityId,
    parentId: tasks.parentId,
    code: tasks.code,
    title: tasks.title,
    description: tasks.description,
    status: tasks.status,
    timeliness: timelinessSql(today).mapWith((v: string) => v as Timeliness),
    progress: tasks.progress,
    weight: tasks.weight,
    startDate: tasks.startDate,
    dueDate: tasks.dueDate,
    completedOn: tasks.completedOn,
    completionRequestedOn: tasks.completionRequestedOn,
    cancelReason: tasks.cancelReason,
    leadUnitId: tasks.leadUnitId,
    supportingUnitIds: supportingUnitIdsSql.mapWith((v: number[] | string) => parseIntArray(v)),
    ownerId: tasks.ownerId,
    version: tasks.version,
    updatedAt: tasks.updatedAt,
    indicators: indicatorsSql.mapWith((v: IndicatorDto[] | string) => (typeof v === 'string' ? (JSON.parse(v) as IndicatorDto[]) : v)),
  };
}

/** node-postgres parses int[] into numbers; PGlite may hand back '{1,2}'. */
function parseIntArray(value: number[] | string): number[] {
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}

export async function getTask(db: Db, viewer: Viewer, id: number, today: string): Promise<TaskDto> {
  if (!can(viewer, 'task.read')) throw forbidden();
  const [row] = await db.select(taskColumns(today)).from(tasks).where(eq(tasks.id, id));
  if (!row) throw notFound('taskNotFound');
  return row;
}

/** The units a task involves, read inside a write's transaction for the policy check. */
export async function taskScope(tx: Tx | Db, id: number): Promise<(TaskScope & { planStatus: string; version: number; status: TaskStatus }) | null> {
  const [row] = await tx
    .select({ leadUnitId: tasks.leadUnitId, supportingUnitIds: supportingUnitIdsSql, planStatus: plans.status, version: tasks.version, status: tasks.status })
    .from(tasks)
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .where(eq(tasks.id, id));
  return row ? { ...row, supportingUnitIds: parseIntArray(row.supportingUnitIds) } : null;
}

function filters(input: ListTasksInput, today: string): SQL[] {
  const where: SQL[] = [];
  if (input.plan !== undefined) where.push(eq(tasks.planId, input.plan));
  if (input.priority !== undefined) where.push(eq(tasks.priorityId, input.priority));
  if (input.status !== undefined) where.push(eq(tasks.status, input.status));
  if (input.owner !== undefined) where.push(eq(tasks.ownerId, input.owner));
  if (input.dueFrom !== undefined) where.push(gte(tasks.dueDate, input.dueFrom));
  if (input.dueTo !== undefined) where.push(lte(tasks.dueDate, input.dueTo));
  if (input.timeliness !== undefined) where.push(sql`${timelinessSql(today)} = ${input.timeliness}`);
  if (input.unit !== undefined) {
    // Led or supported by the unit: two index lookups joined by id. (An OR with EXISTS would test
    // every task of the plan one by one.)
    where.push(
      sql`${TASK_ID} IN (SELECT t2.id FROM ${tasks} t2 WHERE t2.lead_unit_id = ${input.unit}
        UNION ALL SELECT s.task_id FROM ${taskSupportingUnits} s WHERE s.unit_id = ${input.unit})`,
    );
  }
  const q = input.q?.trim();
  if (q) {
    // Diacritics and case are ignored in SQL: "lang son", "LẠNG SƠN" and "Lạng Sơn" find the same tasks.
    const pattern = sql`'%' || replace(replace(replace(lower(public.f_unaccent(${q})), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
    where.push(like(tasks.searchText, pattern as unknown as string));
  }
  return where;
}

const ORDER: Record<ListTasksInput['sort'], SQL[]> = {
  code: [asc(tasks.code), asc(tasks.id)],
  dueDate: [asc(tasks.dueDate), asc(tasks.id)],
  '-dueDate': [desc(tasks.dueDate), desc(tasks.id)],
  progress: [asc(tasks.progress), asc(tasks.id)],
  '-progress': [desc(tasks.progress), desc(tasks.id)],
  title: [asc(tasks.title), asc(tasks.id)],
  '-updatedAt': [desc(tasks.updatedAt), desc(tasks.id)],
};

/**
 * One page of tasks and the total count, as two queries side by side: a window count(*) OVER ()
 * would make PostgreSQL build every matching row, with its indicators and units, before the LIMIT.
 */
export async function listTasks(db: Db, viewer: Viewer, input: ListTasksInput, today: string): Promise<{ items: TaskDto[]; total: number }> {
  if (!can(viewer, 'task.list')) throw forbidden();
  const where = filters(input, today);
  const condition = where.length ? and(...where) : undefined;
  const [items, count] = await Promise.all([
    db
      .select(taskColumns(today))
      .from(tasks)
      .where(condition)
      .orderBy(...ORDER[input.sort])
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(tasks).where(condition),
  ]);
  return { items, total: count[0]?.n ?? 0 };
}

/** Priorities of a plan (or of all plans), for filters and the API. */
export async function listPriorities(db: Db, viewer: Viewer, planId?: number) {
  if (!can(viewer, 'task.list')) throw forbidden();
  return db
    .select({
      id: priorities.id,
      planId: priorities.planId,
      code: priorities.code,
      title: priorities.title,
      legalBasis: priorities.legalBasis,
      legalBasisDate: priorities.legalBasisDate,
      leadUnitId: priorities.leadUnitId,
      version: priorities.version,
    })
    .from(priorities)
    .where(planId === undefined ? undefined : eq(priorities.planId, planId))
    .orderBy(asc(priorities.planId), asc(priorities.sortOrder), asc(priorities.code));
}
