import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { writeAudit } from '../audit';
import { deriveTimeliness, type Timeliness } from '../domain/timeliness';
import { AppError, conflict, forbidden, invalid, notFound } from '../errors';
import { can, type Viewer } from '../policy';
import { queryRows } from '../raw';
import { planStatus, plans, priorities, tasks, units, users, type PlanStatus } from '../schema';
import { id, versionField } from './input-fields';

export type PlanSummary = { id: number; year: number; title: string; status: 'draft' | 'active' | 'closed' };

export type PlanListItem = PlanSummary & { version: number; previousPlanId: number | null; taskCount: number };

const planListColumns = {
  id: plans.id,
  year: plans.year,
  title: plans.title,
  status: plans.status,
  version: plans.version,
  previousPlanId: plans.previousPlanId,
  // Qualified by hand: in a one-table query drizzle writes a lone "id", which here would name t.id.
  taskCount: sql<number>`(SELECT count(*) FROM ${tasks} t WHERE t.plan_id = ${sql.raw('"plans"."id"')})`.mapWith(Number),
};

/** Every plan, newest year first: the choices of a plan picker (no counts, so no scan of tasks). */
export async function listPlanChoices(db: Db, viewer: Viewer): Promise<PlanSummary[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return db.select({ id: plans.id, year: plans.year, title: plans.title, status: plans.status }).from(plans).orderBy(desc(plans.year), asc(plans.id));
}

/** Every plan, newest year first, with its version (for status changes) and task count. */
export async function listPlans(db: Db, viewer: Viewer): Promise<PlanListItem[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return db.select(planListColumns).from(plans).orderBy(desc(plans.year), asc(plans.id));
}

export type OverviewTask = {
  id: number;
  code: string;
  title: string;
  leadUnitName: string;
  ownerName: string | null;
  dueDate: string;
  status: (typeof tasks.status.enumValues)[number];
  progress: number;
  timeliness: Timeliness;
};

export type PlanOverview = {
  plan: PlanSummary;
  priorities: {
    id: number;
    code: string;
    title: string;
    legalBasis: string;
    legalBasisDate: string | null;
    leadUnitName: string;
    tasks: OverviewTask[];
  }[];
};

/** The plan's priorities with their tasks: the newest plan unless one is named. */
export async function getPlanOverview(db: Db, viewer: Viewer, input: { planId?: number; today: string }): Promise<PlanOverview | null> {
  if (!can(viewer, 'task.list')) throw forbidden();
  const [plan] = await db
    .select({ id: plans.id, year: plans.year, title: plans.title, status: plans.status })
    .from(plans)
    .where(input.planId === undefined ? sql`true` : eq(plans.id, input.planId))
    .orderBy(sql`${plans.status} = 'active' DESC`, desc(plans.year), asc(plans.id))
    .limit(1);
  if (!plan) return null;

  const priorityRows = await db
    .select({
      id: priorities.id,
      code: priorities.code,
      title: priorities.title,
      legalBasis: priorities.legalBasis,
      legalBasisDate: priorities.legalBasisDate,
      leadUnitName: units.name,
    })
    .from(priorities)
    .innerJoin(units, eq(units.id, priorities.leadUnitId))
    .where(eq(priorities.planId, plan.id))
    .orderBy(asc(priorities.sortOrder), asc(priorities.code));

  const taskRows = await db
    .select({
      id: tasks.id,
      priorityId: tasks.priorityId,
      code: tasks.code,
      title: tasks.title,
      leadUnitName: units.name,
      ownerName: users.name,
      startDate: tasks.startDate,
      dueDate: tasks.dueDate,
      status: tasks.status,
      progress: tasks.progress,
      completedOn: tasks.completedOn,
      completionRequestedOn: tasks.completionRequestedOn,
    })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.leadUnitId))
    .leftJoin(users, eq(users.id, tasks.ownerId))
    .where(eq(tasks.planId, plan.id))
    .orderBy(asc(tasks.code));

  return {
    plan,
    priorities: priorityRows.map((p) => ({
      ...p,
      tasks: taskRows
        .filter((t) => t.priorityId === p.id)
        .map((t) => ({
          id: t.id,
          code: t.code,
          title: t.title,
          leadUnitName: t.leadUnitName,
          ownerName: t.ownerName,
          dueDate: t.dueDate,
          status: t.status,
          progress: t.progress,
          timeliness: deriveTimeliness(t, input.today),
        })),
    })),
  };
}

// ── Plan lifecycle: draft → active → closed (closed is final and read-only) ──────────────────

export const planStatusInput = z.object({ version: versionField, status: z.enum(planStatus.enumValues) });
export const nextYearPlanInput = z.object({
  fromPlanId: id,
  /** The version of the source plan the caller saw; optional, a stale one is refused (409). */
  version: versionField.optional(),
});
export type PlanStatusInput = z.infer<typeof planStatusInput>;
export type NextYearPlanInput = z.infer<typeof nextYearPlanInput>;

const NEXT_STATUS: Record<PlanStatus, PlanStatus | null> = { draft: 'active', active: 'closed', closed: null };

type PlanWriteContext = { ip?: string | null };

async function readPlan(db: Pick<Db, 'select'>, planId: number): Promise<PlanListItem | undefined> {
  const [plan] = await db.select(planListColumns).from(plans).where(eq(plans.id, planId));
  return plan;
}

/** Moves a plan one step along draft → active → closed; anything else is refused (409). */
export async function setPlanStatus(db: Db, viewer: Viewer, planId: number, input: PlanStatusInput, ctx: PlanWriteContext = {}): Promise<PlanListItem> {
  if (!can(viewer, 'plan.manage')) throw forbidden();
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ version: plans.version }).from(plans).where(eq(plans.id, planId)).for('update');
    if (!locked) throw notFound();
    const current = (await readPlan(tx, planId))!;
    if (locked.version !== input.version) throw conflict(current);
    if (NEXT_STATUS[current.status] !== input.status) throw new AppError('conflict', 'planTransitionNotAllowed', { current });
    await tx.update(plans).set({ status: input.status, version: sql`${plans.version} + 1`, updatedAt: sql`now()` }).where(eq(plans.id, planId));
    await writeAudit(tx, {
      actorId: viewer.id,
      action: `plan.${input.status === 'active' ? 'activate' : 'close'}`,
      entity: 'plan',
      entityId: planId,
      before: { status: current.status },
      after: { status: input.status },
      ip: ctx.ip,
    });
  });
  return (await readPlan(db, planId))!;
}

/** "Kế hoạch công tác năm 2021 …" → "Kế hoạch công tác năm 2022 …"; a title without its year gets the new one appended. */
export function nextYearTitle(title: string, year: number): string {
  const from = String(year);
  return title.includes(from) ? title.replaceAll(from, String(year + 1)) : `${title} (${year + 1})`;
}

export type NextYearPlanResult = { plan: PlanListItem; copied: { priorities: number; tasks: number; indicators: number } };

/**
 * Starts next year's plan (PRODUCT.md): a draft for year + 1 with the source plan's priorities and
 * its unfinished tasks (neither completed nor cancelled) with their supporting units and indicator
 * targets. Dates move one year (29/02 becomes 28/02: PostgreSQL's date + interval '1 year');
 * progress, actuals and completion start afresh. One transaction, one audit row.
 */
export async function startNextYearPlan(db: Db, viewer: Viewer, input: NextYearPlanInput, ctx: PlanWriteContext = {}): Promise<NextYearPlanResult> {
  if (!can(viewer, 'plan.manage')) throw forbidden();
  const result = await db.transaction(async (tx) => {
    // Locked, so two leaders starting the same year at once get one plan and one "already exists".
    const [source] = await tx.select().from(plans).where(eq(plans.id, input.fromPlanId)).for('update');
    if (!source) throw notFound();
    if (input.version !== undefined && input.version !== source.version) throw conflict(await readPlan(tx, source.id));
    const year = source.year + 1;
    if (year > 2100) throw invalid({ fromPlanId: ['yearOutOfRange'] });
    const title = nextYearTitle(source.title, source.year);
    const [taken] = await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.year, year), eq(plans.title, title)));
    if (taken) throw new AppError('conflict', 'planExists', { current: await readPlan(tx, taken.id) });

    const [created] = await tx.insert(plans).values({ year, title, status: 'draft', previousPlanId: source.id }).returning({ id: plans.id });
    const newId = created!.id;
    const oldId = source.id;
    const copiedPriorities = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO priorities (plan_id, code, title, description, legal_basis, legal_basis_date, lead_unit_id, sort_order)
          SELECT ${newId}, code, title, description, legal_basis, legal_basis_date, lead_unit_id, sort_order
          FROM priorities WHERE plan_id = ${oldId} ORDER BY sort_order, id
          RETURNING id`,
    );
    // Tasks are matched old → new by code, which is unique within a plan.
    const copiedTasks = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO tasks (plan_id, priority_id, code, title, description, lead_unit_id, owner_id, start_date, due_date, weight, created_by_id)
          SELECT ${newId}, np.id, t.code, t.title, t.description, t.lead_unit_id,
                 (SELECT o.id FROM users o WHERE o.id = t.owner_id AND NOT o.disabled),
                 (t.start_date + interval '1 year')::date, (t.due_date + interval '1 year')::date, t.weight, ${viewer.id}
          FROM tasks t
          JOIN priorities op ON op.id = t.priority_id
          JOIN priorities np ON np.plan_id = ${newId} AND np.code = op.code
          WHERE t.plan_id = ${oldId} AND t.status NOT IN ('completed', 'cancelled')
          ORDER BY t.id
          RETURNING id`,
    );
    // A parent that was finished stays behind: its children become top-level tasks.
    await tx.execute(sql`
      UPDATE tasks nt SET parent_id = np.id
      FROM tasks ot JOIN tasks op ON op.id = ot.parent_id JOIN tasks np ON np.plan_id = ${newId} AND np.code = op.code
      WHERE nt.plan_id = ${newId} AND ot.plan_id = ${oldId} AND ot.code = nt.code`);
    await tx.execute(sql`
      INSERT INTO task_supporting_units (task_id, unit_id)
      SELECT nt.id, s.unit_id FROM task_supporting_units s
      JOIN tasks ot ON ot.id = s.task_id JOIN tasks nt ON nt.plan_id = ${newId} AND nt.code = ot.code
      WHERE ot.plan_id = ${oldId}`);
    const copiedIndicators = await queryRows<{ id: number }>(
      tx,
      sql`INSERT INTO indicators (task_id, name, unit_of_measure, target, sort_order)
          SELECT nt.id, i.name, i.unit_of_measure, i.target, i.sort_order FROM indicators i
          JOIN tasks ot ON ot.id = i.task_id JOIN tasks nt ON nt.plan_id = ${newId} AND nt.code = ot.code
          WHERE ot.plan_id = ${oldId}
          ORDER BY i.task_id, i.sort_order, i.id
          RETURNING id`,
    );
    const copied = { priorities: copiedPriorities.length, tasks: copiedTasks.length, indicators: copiedIndicators.length };
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'plan.start_next_year',
      entity: 'plan',
      entityId: newId,
      after: { year, title, status: 'draft', fromPlanId: oldId, copied },
      ip: ctx.ip,
    });
    return { newId, copied };
  });
  return { plan: (await readPlan(db, result.newId))!, copied: result.copied };
}
