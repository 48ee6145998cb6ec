import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { deriveTimeliness, type Timeliness } from '../domain/timeliness';
import { forbidden } from '../errors';
import { can, type Viewer } from '../policy';
import { plans, priorities, tasks, units, users } from '../schema';

export type PlanSummary = { id: number; year: number; title: string; status: 'draft' | 'active' | 'closed' };

export async function listPlans(db: Db, viewer: Viewer): Promise<PlanSummary[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return db
    .select({ id: plans.id, year: plans.year, title: plans.title, status: plans.status })
    .from(plans)
    .orderBy(desc(plans.year), asc(plans.id));
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
