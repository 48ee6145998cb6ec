import 'server-only';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '../client';
import { diff, writeAudit } from '../audit';
import { AppError, conflict, forbidden, notFound, type FieldErrors } from '../errors';
import { can, type Action, type Viewer } from '../policy';
import { indicators, plans, priorities, tasks, taskSupportingUnits, units, users } from '../schema';
import type { CreateTaskInput, taskStateInput, UpdateTaskInput } from './task-inputs';
import { getTask, type TaskDto } from './tasks';

export type WriteContext = { today: string; ip?: string | null };

function invalidFields(fields: FieldErrors): AppError {
  return new AppError('invalid', 'invalid', { fields });
}

async function assertPlanWritable(tx: Tx, planId: number): Promise<void> {
  const [plan] = await tx.select({ status: plans.status }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound();
  if (plan.status === 'closed') throw new AppError('forbidden', 'planClosed');
}

/** Checks that every id an input names exists (and is usable), answering with the failing fields. */
async function checkReferences(
  tx: Tx,
  input: { planId: number; taskId?: number; parentId?: number | null; leadUnitId?: number; supportingUnitIds?: number[]; ownerId?: number | null },
): Promise<void> {
  const fields: FieldErrors = {};
  const unitIds = [...new Set([...(input.leadUnitId ? [input.leadUnitId] : []), ...(input.supportingUnitIds ?? [])])];
  if (unitIds.length) {
    const found = await tx.select({ id: units.id }).from(units).where(and(inArray(units.id, unitIds), eq(units.active, true)));
    const ok = new Set(found.map((u) => u.id));
    if (input.leadUnitId && !ok.has(input.leadUnitId)) fields.leadUnitId = ['unitUnknown'];
    if ((input.supportingUnitIds ?? []).some((id) => !ok.has(id))) fields.supportingUnitIds = ['unitUnknown'];
  }
  if (input.leadUnitId && input.supportingUnitIds?.includes(input.leadUnitId)) {
    fields.supportingUnitIds = ['leadAlsoSupporting'];
  }
  if (input.ownerId) {
    const [owner] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.ownerId), eq(users.disabled, false)));
    if (!owner) fields.ownerId = ['userUnknown'];
  }
  if (input.parentId) {
    const [parent] = await tx.select({ planId: tasks.planId }).from(tasks).where(eq(tasks.id, input.parentId));
    if (!parent || parent.planId !== input.planId || parent.planId === undefined) fields.parentId = ['parentUnknown'];
    if (input.taskId !== undefined && input.parentId === input.taskId) fields.parentId = ['parentCycle'];
  }
  if (Object.keys(fields).length) throw invalidFields(fields);
}

async function assertCodeFree(tx: Tx, planId: number, code: string, exceptTaskId?: number): Promise<void> {
  const [taken] = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.planId, planId), eq(tasks.code, code), exceptTaskId ? sql`${tasks.id} <> ${exceptTaskId}` : undefined));
  if (taken) throw invalidFields({ code: ['codeTaken'] });
}

export async function createTask(db: Db, viewer: Viewer, input: CreateTaskInput, ctx: WriteContext): Promise<TaskDto> {
  if (!can(viewer, 'task.create')) throw forbidden();
  const id = await db.transaction(async (tx) => {
    const [priority] = await tx.select({ planId: priorities.planId }).from(priorities).where(eq(priorities.id, input.priorityId));
    if (!priority) throw invalidFields({ priorityId: ['priorityUnknown'] });
    await assertPlanWritable(tx, priority.planId);
    await checkReferences(tx, { planId: priority.planId, ...input });
    await assertCodeFree(tx, priority.planId, input.code);
    const [row] = await tx
      .insert(tasks)
      .values({
        planId: priority.planId,
        priorityId: input.priorityId,
        parentId: input.parentId,
        code: input.code,
        title: input.title,
        description: input.description,
        leadUnitId: input.leadUnitId,
        ownerId: input.ownerId,
        startDate: input.startDate,
        dueDate: input.dueDate,
        weight: input.weight,
        createdById: viewer.id,
      })
      .returning({ id: tasks.id });
    const taskId = row!.id;
    const supporting = [...new Set(input.supportingUnitIds)];
    if (supporting.length) await tx.insert(taskSupportingUnits).values(supporting.map((unitId) => ({ taskId, unitId })));
    if (input.indicators.length) {
      await tx.insert(indicators).values(input.indicators.map((i, sortOrder) => ({ taskId, name: i.name, unitOfMeasure: i.unitOfMeasure, target: i.target, sortOrder })));
    }
    await writeAudit(tx, { actorId: viewer.id, action: 'task.create', entity: 'task', entityId: taskId, taskId, after: input, ip: ctx.ip });
    return taskId;
  });
  return getTask(db, viewer, id, ctx.today);
}

/**
 * Locks the task row and checks the version the caller's edit was based on: a stale version is
 * refused with the current task, so the caller can show what changed and re-apply (409).
 */
export async function lockTaskVersion(tx: Tx, viewer: Viewer, id: number, version: number, today: string): Promise<TaskDto> {
  const [locked] = await tx.select({ version: tasks.version, planId: tasks.planId }).from(tasks).where(eq(tasks.id, id)).for('update');
  if (!locked) throw notFound('taskNotFound');
  const current = await getTask(tx, viewer, id, today);
  if (locked.version !== version) throw conflict(current);
  return current;
}

export async function updateTask(db: Db, viewer: Viewer, id: number, input: UpdateTaskInput, ctx: WriteContext): Promise<TaskDto> {
  if (!can(viewer, 'task.edit')) throw forbidden();
  await db.transaction(async (tx) => {
    const current = await lockTaskVersion(tx, viewer, id, input.version, ctx.today);
    await assertPlanWritable(tx, current.planId);
    const { version: _v, indicators: indicatorInput, supportingUnitIds, ...fields } = input;
    let planId = current.planId;
    if (fields.priorityId !== undefined && fields.priorityId !== current.priorityId) {
      const [priority] = await tx.select({ planId: priorities.planId }).from(priorities).where(eq(priorities.id, fields.priorityId));
      if (!priority || priority.planId !== current.planId) throw invalidFields({ priorityId: ['priorityUnknown'] });
      planId = priority.planId;
    }
    const startDate = fields.startDate ?? current.startDate;
    const dueDate = fields.dueDate ?? current.dueDate;
    if (dueDate < startDate) throw invalidFields({ dueDate: ['dueBeforeStart'] });
    await checkReferences(tx, {
      planId,
      taskId: id,
      parentId: fields.parentId,
      leadUnitId: fields.leadUnitId ?? current.leadUnitId,
      supportingUnitIds: supportingUnitIds ?? current.supportingUnitIds,
      ownerId: fields.ownerId,
    });
    if (fields.code !== undefined && fields.code !== current.code) await assertCodeFree(tx, planId, fields.code, id);

    const { before, after } = diff(current as unknown as Record<string, unknown>, fields as Record<string, unknown>);
    if (supportingUnitIds !== undefined) {
      const next = [...new Set(supportingUnitIds)].sort((a, b) => a - b);
      if (JSON.stringify(next) !== JSON.stringify(current.supportingUnitIds)) {
        before.supportingUnitIds = current.supportingUnitIds;
        after.supportingUnitIds = next;
        await tx.delete(taskSupportingUnits).where(eq(taskSupportingUnits.taskId, id));
        if (next.length) await tx.insert(taskSupportingUnits).values(next.map((unitId) => ({ taskId: id, unitId })));
      }
    }
    if (indicatorInput !== undefined) {
      const changed = await replaceIndicators(tx, id, current, indicatorInput);
      if (changed) {
        before.indicators = current.indicators.map(({ id: iid, name, unitOfMeasure, target }) => ({ id: iid, name, unitOfMeasure, target }));
        after.indicators = indicatorInput;
      }
    }
    if (Object.keys(after).length === 0) return;
    await tx
      .update(tasks)
      .set({ ...(fields as Partial<typeof tasks.$inferInsert>), version: sql`${tasks.version} + 1`, updatedAt: sql`now()` })
      .where(eq(tasks.id, id));
    await writeAudit(tx, { actorId: viewer.id, action: 'task.update', entity: 'task', entityId: id, taskId: id, before, after, ip: ctx.ip });
  });
  return getTask(db, viewer, id, ctx.today);
}

/** Indicators are edited as a list: listed ids are updated, new ones added, missing ones removed. */
async function replaceIndicators(
  tx: Tx,
  taskId: number,
  current: TaskDto,
  next: NonNullable<UpdateTaskInput['indicators']>,
): Promise<boolean> {
  const known = new Map(current.indicators.map((i) => [i.id, i]));
  if (next.some((i) => i.id !== undefined && !known.has(i.id))) throw invalidFields({ indicators: ['indicatorUnknown'] });
  const keep = next.filter((i) => i.id !== undefined).map((i) => i.id!);
  let changed = keep.length !== current.indicators.length;
  await tx.delete(indicators).where(and(eq(indicators.taskId, taskId), keep.length ? notInArray(indicators.id, keep) : undefined));
  for (const [sortOrder, item] of next.entries()) {
    if (item.id === undefined) {
      changed = true;
      await tx.insert(indicators).values({ taskId, name: item.name, unitOfMeasure: item.unitOfMeasure, target: item.target, sortOrder });
      continue;
    }
    const old = known.get(item.id)!;
    if (old.name !== item.name || old.unitOfMeasure !== item.unitOfMeasure || old.target !== item.target) {
      changed = true;
      await tx
        .update(indicators)
        .set({ name: item.name, unitOfMeasure: item.unitOfMeasure, target: item.target, sortOrder, version: sql`${indicators.version} + 1`, updatedAt: sql`now()` })
        .where(eq(indicators.id, item.id));
    }
  }
  return changed;
}

const STATE_ACTION: Record<z.infer<typeof taskStateInput>['action'], Action> = { pause: 'task.edit', resume: 'task.edit', cancel: 'task.cancel' };

/** Pause, resume or cancel (with a reason). Completed and cancelled tasks stay as they are. */
export async function changeTaskState(db: Db, viewer: Viewer, id: number, input: z.infer<typeof taskStateInput>, ctx: WriteContext): Promise<TaskDto> {
  if (!can(viewer, STATE_ACTION[input.action])) throw forbidden();
  await db.transaction(async (tx) => {
    const current = await lockTaskVersion(tx, viewer, id, input.version, ctx.today);
    await assertPlanWritable(tx, current.planId);
    const open = current.status !== 'completed' && current.status !== 'cancelled';
    let status: TaskDto['status'];
    if (input.action === 'pause') {
      if (!open || current.status === 'paused') throw new AppError('conflict', 'stateNotAllowed', { current });
      status = 'paused';
    } else if (input.action === 'resume') {
      if (current.status !== 'paused') throw new AppError('conflict', 'stateNotAllowed', { current });
      status = current.progress > 0 ? 'in_progress' : 'not_started';
    } else {
      if (!open) throw new AppError('conflict', 'stateNotAllowed', { current });
      if (!input.reason?.trim()) throw invalidFields({ reason: ['reasonRequired'] });
      status = 'cancelled';
    }
    await tx
      .update(tasks)
      .set({ status, cancelReason: status === 'cancelled' ? input.reason!.trim() : current.cancelReason, version: sql`${tasks.version} + 1`, updatedAt: sql`now()` })
      .where(eq(tasks.id, id));
    await writeAudit(tx, {
      actorId: viewer.id,
      action: `task.${input.action}`,
      entity: 'task',
      entityId: id,
      taskId: id,
      before: { status: current.status },
      after: { status, ...(input.reason ? { reason: input.reason } : {}) },
      ip: ctx.ip,
    });
  });
  return getTask(db, viewer, id, ctx.today);
}
