// Seeds the 2021 plan, its units and the demo accounts. Idempotent: units and users are matched by
// code and email, the plan by year and title; a second run inserts nothing. One transaction: a
// failure leaves the database as it was. Seeded history is written to the audit log too, dated
// when it happened, so each task's history reads true from the first start.
// Several app instances may start together on one PostgreSQL database: the transaction takes an
// advisory lock first, so they seed one after the other and the later ones find everything there.
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { hashPassword } from '../passwords';
import { queryRows } from '../raw';
import * as s from '../schema';
import { plan2021 } from './plan-2021';
import type { SeedPlan, SeedTask } from './types';
import { seedUnits, seedUsers } from './units-users';

export type SeedResult = { unitsCreated: number; usersCreated: number; planCreated: boolean };

/** Times in the seed are office hours in Asia/Ho_Chi_Minh on the given day. */
function at(day: string, hour = 9): Date {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);
}

// Any constant works; it only has to be the same for every app instance (and differ from the
// migrations' key in db/migrate.ts).
const SEED_LOCK_KEY = 726_150_2022;

export async function seedDatabase(db: Db, options: { demoPassword: string }): Promise<SeedResult> {
  const passwordHash = await hashPassword(options.demoPassword);
  return db.transaction(async (tx) => {
    // Without it, "is the plan there?" then INSERT races: with units and users already present,
    // nothing makes the second instance wait, and its INSERT of the plan fails on the unique key.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const unitsCreated = await seedUnitsTable(tx);
    const unitIds = await idsByKey(tx, 'units');
    const inserted = await tx
      .insert(s.users)
      .values(
        seedUsers.map((u) => ({
          email: u.email,
          name: u.name,
          role: u.role,
          unitId: need(unitIds, u.unitCode),
          passwordHash,
        })),
      )
      .onConflictDoNothing({ target: s.users.email })
      .returning({ id: s.users.id, email: s.users.email });
    for (const user of inserted) {
      await audit(tx, { at: new Date(), actorId: null, action: 'seed.create', entity: 'user', entityId: user.id, after: { email: user.email } });
    }
    const planCreated = await seedPlan(tx, plan2021, unitIds, await idsByKey(tx, 'users'));
    return { unitsCreated, usersCreated: inserted.length, planCreated };
  });
}

async function seedUnitsTable(tx: Tx): Promise<number> {
  let created = 0;
  // Parents come before children in seedUnits.
  for (const unit of seedUnits) {
    const parent = unit.parentCode
      ? await tx.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, unit.parentCode))
      : [];
    const rows = await tx
      .insert(s.units)
      .values({
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        parentId: parent[0]?.id ?? null,
        validFrom: unit.validFrom,
        validTo: unit.validTo ?? null,
        sortOrder: seedUnits.indexOf(unit),
      })
      .onConflictDoNothing({ target: s.units.code })
      .returning({ id: s.units.id });
    if (rows[0]) {
      created++;
      await audit(tx, { at: new Date(), actorId: null, action: 'seed.create', entity: 'unit', entityId: rows[0].id, after: unit });
    }
  }
  return created;
}

async function idsByKey(tx: Tx, table: 'units' | 'users'): Promise<Map<string, number>> {
  const rows =
    table === 'units'
      ? await tx.select({ key: s.units.code, id: s.units.id }).from(s.units)
      : await tx.select({ key: s.users.email, id: s.users.id }).from(s.users);
  return new Map(rows.map((r) => [r.key, r.id]));
}

function need(map: Map<string, number>, key: string): number {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed refers to an unknown key: ${key}`);
  return value;
}

type AuditInput = {
  at: Date;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: number;
  taskId?: number;
  before?: unknown;
  after?: unknown;
};

async function audit(tx: Tx, a: AuditInput): Promise<void> {
  await tx.insert(s.auditLog).values({
    at: a.at,
    actorId: a.actorId,
    action: a.action,
    entity: a.entity,
    entityId: String(a.entityId),
    taskId: a.taskId ?? null,
    before: a.before ?? null,
    after: a.after ?? null,
  });
}

async function seedPlan(tx: Tx, plan: SeedPlan, unitIds: Map<string, number>, userIds: Map<string, number>): Promise<boolean> {
  const existing = await tx
    .select({ id: s.plans.id })
    .from(s.plans)
    .where(and(eq(s.plans.year, plan.year), eq(s.plans.title, plan.title)));
  if (existing.length > 0) return false;

  const leaderId = need(userIds, 'lanhdao@khcn.langson.gov.vn');
  const [planRow] = await tx
    .insert(s.plans)
    .values({ year: plan.year, title: plan.title, status: plan.status })
    .returning({ id: s.plans.id });
  const planId = planRow!.id;
  const planStart = at(`${plan.year}-01-12`);
  await audit(tx, { at: planStart, actorId: leaderId, action: 'plan.create', entity: 'plan', entityId: planId, after: { year: plan.year, title: plan.title } });

  for (const [index, priority] of plan.priorities.entries()) {
    const [priorityRow] = await tx
      .insert(s.priorities)
      .values({
        planId,
        code: priority.code,
        title: priority.title,
        description: priority.description,
        legalBasis: priority.legalBasis,
        legalBasisDate: priority.legalBasisDate ?? null,
        leadUnitId: need(unitIds, priority.leadUnitCode),
        sortOrder: index,
      })
      .returning({ id: s.priorities.id });
    await audit(tx, { at: planStart, actorId: leaderId, action: 'priority.create', entity: 'priority', entityId: priorityRow!.id, after: { code: priority.code, title: priority.title } });
    for (const task of priority.tasks) {
      await seedTask(tx, task, { planId, priorityId: priorityRow!.id, leaderId, unitIds, userIds });
    }
  }
  return true;
}

type TaskContext = {
  planId: number;
  priorityId: number;
  leaderId: number;
  unitIds: Map<string, number>;
  userIds: Map<string, number>;
};

/** The status the story ends in: derived from the updates, completion, pause or cancellation. */
function finalStatus(task: SeedTask): s.TaskStatus {
  if (task.cancelled) return 'cancelled';
  if (task.paused) return 'paused';
  if (task.completion) return task.completion.confirmedOn ? 'completed' : 'awaiting_confirmation';
  return task.updates.some((u) => u.progress > 0) ? 'in_progress' : 'not_started';
}

async function seedTask(tx: Tx, task: SeedTask, ctx: TaskContext): Promise<void> {
  const ownerId = need(ctx.userIds, task.ownerEmail);
  const status = finalStatus(task);
  const last = task.updates.at(-1);
  const reviews = task.completion ? (task.completion.confirmedOn ? 1 : 0) + (task.completion.returned ? 1 : 0) : 0;
  const [row] = await tx
    .insert(s.tasks)
    .values({
      planId: ctx.planId,
      priorityId: ctx.priorityId,
      code: task.code,
      title: task.title,
      description: task.description,
      leadUnitId: need(ctx.unitIds, task.leadUnitCode),
      ownerId,
      startDate: task.startDate,
      dueDate: task.dueDate,
      status,
      progress: last?.progress ?? 0,
      weight: task.weight,
      completedOn: status === 'completed' ? task.completion!.requestedOn : null,
      completionRequestedOn: task.completion?.requestedOn ?? null,
      cancelReason: task.cancelled?.reason ?? null,
      version: 1 + task.updates.length + reviews + (task.paused || task.cancelled ? 1 : 0),
      createdById: ctx.leaderId,
      createdAt: at('2021-01-15'),
      updatedAt: last ? at(last.date) : at('2021-01-15'),
    })
    .returning({ id: s.tasks.id });
  const taskId = row!.id;
  await audit(tx, {
    at: at(task.startDate < '2021-01-15' ? task.startDate : '2021-01-15', 8),
    actorId: ctx.leaderId,
    action: 'task.create',
    entity: 'task',
    entityId: taskId,
    taskId,
    after: { code: task.code, title: task.title, leadUnit: task.leadUnitCode, dueDate: task.dueDate },
  });

  if (task.supportingUnitCodes.length > 0) {
    await tx
      .insert(s.taskSupportingUnits)
      .values(task.supportingUnitCodes.map((code) => ({ taskId, unitId: need(ctx.unitIds, code) })));
  }

  const actuals = task.indicators.map((_, i) => {
    const values = task.updates.map((u) => u.indicatorActuals?.[i]).filter((v): v is number => typeof v === 'number');
    return values.at(-1) ?? null;
  });
  const indicatorRows = task.indicators.length
    ? await tx
        .insert(s.indicators)
        .values(
          task.indicators.map((indicator, i) => ({
            taskId,
            name: indicator.name,
            unitOfMeasure: indicator.unitOfMeasure,
            target: indicator.target,
            actual: actuals[i] ?? null,
            note: indicator.note ?? null,
            sortOrder: i,
          })),
        )
        .returning({ id: s.indicators.id })
    : [];

  let progress = 0;
  const requestUpdateIds = new Map<string, number>();
  for (const update of task.updates) {
    const authorId = need(ctx.userIds, update.authorEmail ?? task.ownerEmail);
    const requestsCompletion =
      update.date === task.completion?.requestedOn || update.date === task.completion?.returned?.requestedOn;
    const [u] = await tx
      .insert(s.progressUpdates)
      .values({
        taskId,
        authorId,
        progressBefore: progress,
        progressAfter: update.progress,
        note: update.note,
        requestsCompletion,
        createdAt: at(update.date, 10),
      })
      .returning({ id: s.progressUpdates.id });
    if (requestsCompletion) requestUpdateIds.set(update.date, u!.id);
    const values = (update.indicatorActuals ?? [])
      .map((value, i) => ({ indicatorId: indicatorRows[i]?.id, value }))
      .filter((v): v is { indicatorId: number; value: number } => v.indicatorId !== undefined && typeof v.value === 'number');
    if (values.length) await tx.insert(s.updateIndicatorValues).values(values.map((v) => ({ updateId: u!.id, ...v })));
    await audit(tx, {
      at: at(update.date, 10),
      actorId: authorId,
      action: requestsCompletion ? 'task.request_completion' : 'task.update_progress',
      entity: 'task',
      entityId: taskId,
      taskId,
      before: { progress },
      after: { progress: update.progress, note: update.note },
    });
    progress = update.progress;
  }

  await seedReviews(tx, task, taskId, ctx.leaderId, requestUpdateIds);
  for (const comment of task.comments ?? []) {
    const authorId = need(ctx.userIds, comment.authorEmail);
    const [c] = await tx
      .insert(s.comments)
      .values({ taskId, authorId, body: comment.body, createdAt: at(comment.date, 14) })
      .returning({ id: s.comments.id });
    await audit(tx, { at: at(comment.date, 14), actorId: authorId, action: 'comment.create', entity: 'comment', entityId: c!.id, taskId, after: { body: comment.body } });
  }
  const stop = task.paused ?? task.cancelled;
  if (stop) {
    await audit(tx, {
      at: at(last?.date ?? task.startDate, 16),
      actorId: ctx.leaderId,
      action: task.paused ? 'task.pause' : 'task.cancel',
      entity: 'task',
      entityId: taskId,
      taskId,
      after: { status, reason: stop.reason },
    });
  }
}

async function seedReviews(tx: Tx, task: SeedTask, taskId: number, leaderId: number, requests: Map<string, number>): Promise<void> {
  const c = task.completion;
  if (!c) return;
  const reviews: { request: string; on: string; decision: 'confirm' | 'return'; reason: string | null }[] = [];
  if (c.returned) reviews.push({ request: c.returned.requestedOn, on: c.returned.returnedOn, decision: 'return', reason: c.returned.reason });
  if (c.confirmedOn) reviews.push({ request: c.requestedOn, on: c.confirmedOn, decision: 'confirm', reason: null });
  for (const review of reviews) {
    const requestUpdateId = requests.get(review.request);
    if (requestUpdateId === undefined) throw new Error(`Seed task ${task.code}: no update on ${review.request} requests completion`);
    const [r] = await tx
      .insert(s.completionReviews)
      .values({ taskId, requestUpdateId, decision: review.decision, reason: review.reason, reviewerId: leaderId, createdAt: at(review.on, 15) })
      .returning({ id: s.completionReviews.id });
    await audit(tx, {
      at: at(review.on, 15),
      actorId: leaderId,
      action: review.decision === 'confirm' ? 'task.confirm_completion' : 'task.return_completion',
      entity: 'task',
      entityId: taskId,
      taskId,
      after: { reviewId: r!.id, reason: review.reason },
    });
  }
}

/** Row counts of every seeded table: what "seeding twice adds nothing" is checked against. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = ['units', 'users', 'plans', 'priorities', 'tasks', 'task_supporting_units', 'indicators', 'progress_updates', 'update_indicator_values', 'completion_reviews', 'comments', 'audit_log'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
