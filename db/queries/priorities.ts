import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { writeAudit } from '../audit';
import { AppError, forbidden, notFound } from '../errors';
import { can, type Viewer } from '../policy';
import { healthRating, plans, priorities, priorityHealth, priorityNarratives, units, users } from '../schema';
import { numberFrom, requiredText } from './input-fields';

export const healthInput = z.object({
  rating: z.enum(healthRating.enumValues),
  reason: requiredText(1000),
});

const narrativeText = requiredText(5000);
export const narrativeInput = z.object({
  year: numberFrom(z.number({ error: 'yearInvalid' }).int('yearInvalid').min(2000, 'yearInvalid').max(2100, 'yearInvalid')),
  quarter: numberFrom(z.number({ error: 'quarterInvalid' }).int('quarterInvalid').min(1, 'quarterInvalid').max(4, 'quarterInvalid')),
  doneText: narrativeText,
  plannedText: narrativeText,
  figuresText: narrativeText,
});

export type PriorityDetail = {
  id: number;
  planId: number;
  planYear: number;
  planStatus: 'draft' | 'active' | 'closed';
  code: string;
  title: string;
  description: string | null;
  legalBasis: string;
  legalBasisDate: string | null;
  leadUnitId: number;
  leadUnitName: string;
};

export async function getPriority(db: Db, viewer: Viewer, id: number): Promise<PriorityDetail> {
  if (!can(viewer, 'task.read')) throw forbidden();
  const [row] = await db
    .select({
      id: priorities.id,
      planId: priorities.planId,
      planYear: plans.year,
      planStatus: plans.status,
      code: priorities.code,
      title: priorities.title,
      description: priorities.description,
      legalBasis: priorities.legalBasis,
      legalBasisDate: priorities.legalBasisDate,
      leadUnitId: priorities.leadUnitId,
      leadUnitName: units.name,
    })
    .from(priorities)
    .innerJoin(plans, eq(plans.id, priorities.planId))
    .innerJoin(units, eq(units.id, priorities.leadUnitId))
    .where(eq(priorities.id, id));
  if (!row) throw notFound();
  return row;
}

export type HealthEntry = { id: number; rating: 'green' | 'amber' | 'red'; reason: string; setByName: string; setAt: Date };

/** The leader's health ratings of a priority, newest first: the first is the current one. */
export async function healthHistory(db: Db, viewer: Viewer, priorityId: number): Promise<HealthEntry[]> {
  if (!can(viewer, 'task.read')) throw forbidden();
  return db
    .select({ id: priorityHealth.id, rating: priorityHealth.rating, reason: priorityHealth.reason, setByName: users.name, setAt: priorityHealth.setAt })
    .from(priorityHealth)
    .innerJoin(users, eq(users.id, priorityHealth.setById))
    .where(eq(priorityHealth.priorityId, priorityId))
    .orderBy(desc(priorityHealth.setAt), desc(priorityHealth.id));
}

/**
 * A leader's judgement of a priority (green / amber / red with a sentence why). It is never
 * computed; each rating is kept, so its history shows how the judgement changed.
 */
export async function setHealth(db: Db, viewer: Viewer, priorityId: number, input: z.infer<typeof healthInput>, ctx: { ip?: string | null } = {}): Promise<void> {
  if (!can(viewer, 'priority.health')) throw forbidden();
  await db.transaction(async (tx) => {
    const priority = await getPriority(tx, viewer, priorityId);
    if (priority.planStatus === 'closed') throw new AppError('forbidden', 'planClosed');
    const [previous] = await tx
      .select({ rating: priorityHealth.rating, reason: priorityHealth.reason })
      .from(priorityHealth)
      .where(eq(priorityHealth.priorityId, priorityId))
      .orderBy(desc(priorityHealth.setAt), desc(priorityHealth.id))
      .limit(1);
    const [row] = await tx.insert(priorityHealth).values({ priorityId, rating: input.rating, reason: input.reason, setById: viewer.id }).returning({ id: priorityHealth.id });
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'priority.set_health',
      entity: 'priority',
      entityId: priorityId,
      before: previous ?? null,
      after: { id: row!.id, ...input },
      ip: ctx.ip,
    });
  });
}

export type NarrativeEntry = { id: number; year: number; quarter: number; doneText: string; plannedText: string; figuresText: string; postedByName: string; postedAt: Date };

export async function listNarratives(db: Db, viewer: Viewer, priorityId: number): Promise<NarrativeEntry[]> {
  if (!can(viewer, 'task.read')) throw forbidden();
  return db
    .select({
      id: priorityNarratives.id,
      year: priorityNarratives.year,
      quarter: priorityNarratives.quarter,
      doneText: priorityNarratives.doneText,
      plannedText: priorityNarratives.plannedText,
      figuresText: priorityNarratives.figuresText,
      postedByName: users.name,
      postedAt: priorityNarratives.postedAt,
    })
    .from(priorityNarratives)
    .innerJoin(users, eq(users.id, priorityNarratives.postedById))
    .where(eq(priorityNarratives.priorityId, priorityId))
    .orderBy(desc(priorityNarratives.year), desc(priorityNarratives.quarter));
}

/** Whether the viewer may post the priority's narrative: its lead unit's officers, and leaders. */
export function mayPostNarrative(viewer: Viewer, priority: { leadUnitId: number }): boolean {
  return can(viewer, 'priority.narrative', { leadUnitId: priority.leadUnitId, supportingUnitIds: [] });
}

/**
 * The quarterly narrative (done last quarter, planned next, latest figures), posted by the
 * priority's lead unit. Immutable once posted: a second post for the same quarter is refused.
 */
export async function postNarrative(db: Db, viewer: Viewer, priorityId: number, input: z.infer<typeof narrativeInput>, ctx: { ip?: string | null } = {}): Promise<number> {
  return db.transaction(async (tx) => {
    const priority = await getPriority(tx, viewer, priorityId);
    if (!mayPostNarrative(viewer, priority)) throw forbidden('notYourUnit');
    if (priority.planStatus === 'closed') throw new AppError('forbidden', 'planClosed');
    const [existing] = await tx
      .select({ id: priorityNarratives.id })
      .from(priorityNarratives)
      .where(and(eq(priorityNarratives.priorityId, priorityId), eq(priorityNarratives.year, input.year), eq(priorityNarratives.quarter, input.quarter)));
    if (existing) throw new AppError('conflict', 'narrativeImmutable', { current: { id: existing.id } });
    const [row] = await tx.insert(priorityNarratives).values({ priorityId, ...input, postedById: viewer.id }).returning({ id: priorityNarratives.id });
    await writeAudit(tx, { actorId: viewer.id, action: 'priority.post_narrative', entity: 'priority', entityId: priorityId, after: { id: row!.id, ...input }, ip: ctx.ip });
    return row!.id;
  });
}
