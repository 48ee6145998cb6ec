import 'server-only';
import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { writeAudit } from '../audit';
import { detectEvidenceType, EVIDENCE_TYPES, safeFileName } from '../domain/file-type';
import { AppError, forbidden, type FieldErrors } from '../errors';
import { can, updateActionFor, type Viewer } from '../policy';
import {
  attachmentBlobs,
  attachments,
  completionReviews,
  indicators,
  MAX_ATTACHMENT_BYTES,
  plans,
  progressUpdates,
  tasks,
  updateIndicatorValues,
  users,
} from '../schema';
import { notify } from './notifications';
import type { ProgressInput, ReviewInput } from './task-inputs';
import { getTask, taskScope, type TaskDto } from './tasks';
import { lockTaskVersion, type WriteContext } from './task-writes';

export type EvidenceFile = { name: string; bytes: Uint8Array };

/** Checks every file before anything is written: size first (413), then type by content (415). */
export function checkEvidence(files: EvidenceFile[]) {
  return files.map((file, index) => {
    if (file.bytes.byteLength === 0) throw new AppError('invalid', 'invalid', { fields: { [`files.${index}`]: ['fileEmpty'] } });
    if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new AppError('too_large', 'fileTooLarge', { file: file.name, maxBytes: MAX_ATTACHMENT_BYTES });
    const type = detectEvidenceType(file.bytes);
    if (!type) throw new AppError('unsupported_type', 'fileTypeRefused', { file: file.name, accepted: Object.values(EVIDENCE_TYPES).map((t) => t.extension) });
    return {
      fileName: safeFileName(file.name, type),
      contentType: EVIDENCE_TYPES[type].mime,
      sizeBytes: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      bytes: Buffer.from(file.bytes),
    };
  });
}

const OPEN_FOR_UPDATES = new Set<TaskDto['status']>(['not_started', 'in_progress']);

/**
 * A progress report by an officer of the lead or a supporting unit (or a leader): new progress,
 * indicator actuals, a note, evidence files, and optionally a completion request. One transaction
 * with its audit row; the version it was based on must still be current.
 */
export async function recordProgress(db: Db, viewer: Viewer, taskId: number, input: ProgressInput, files: EvidenceFile[], ctx: WriteContext): Promise<TaskDto> {
  const evidence = checkEvidence(files);
  await db.transaction(async (tx) => {
    const scope = await taskScope(tx, taskId);
    if (!scope) throw new AppError('not_found', 'taskNotFound');
    if (!can(viewer, updateActionFor(viewer, scope), scope)) throw forbidden('notYourUnit');
    if (evidence.length && !can(viewer, 'evidence.upload', scope)) throw forbidden();
    if (input.requestCompletion && !can(viewer, 'completion.request', scope)) throw forbidden();
    const current = await lockTaskVersion(tx, viewer, taskId, input.version, ctx.today);
    if (scope.planStatus === 'closed') throw new AppError('forbidden', 'planClosed');
    if (!OPEN_FOR_UPDATES.has(current.status)) throw new AppError('conflict', 'stateNotAllowed', { current });
    const fields: FieldErrors = {};
    if (input.requestCompletion && input.progress !== 100) fields.progress = ['completionNeeds100'];
    const known = new Set(current.indicators.map((i) => i.id));
    if (input.indicatorActuals.some((a) => !known.has(a.indicatorId))) fields.indicatorActuals = ['indicatorUnknown'];
    if (Object.keys(fields).length) throw new AppError('invalid', 'invalid', { fields });

    const [update] = await tx
      .insert(progressUpdates)
      .values({ taskId, authorId: viewer.id, progressBefore: current.progress, progressAfter: input.progress, note: input.note, requestsCompletion: input.requestCompletion })
      .returning({ id: progressUpdates.id });
    const updateId = update!.id;
    for (const actual of input.indicatorActuals) {
      await tx.insert(updateIndicatorValues).values({ updateId, indicatorId: actual.indicatorId, value: actual.value });
      await tx.update(indicators).set({ actual: actual.value, version: sql`${indicators.version} + 1`, updatedAt: sql`now()` }).where(eq(indicators.id, actual.indicatorId));
    }
    const attachmentIds: number[] = [];
    for (const file of evidence) {
      const { bytes, ...meta } = file;
      const [row] = await tx.insert(attachments).values({ taskId, updateId, uploadedById: viewer.id, ...meta }).returning({ id: attachments.id });
      await tx.insert(attachmentBlobs).values({ attachmentId: row!.id, content: bytes });
      attachmentIds.push(row!.id);
    }
    const status = input.requestCompletion ? 'awaiting_confirmation' : input.progress > 0 ? 'in_progress' : current.status;
    await tx
      .update(tasks)
      .set({
        progress: input.progress,
        status,
        completionRequestedOn: input.requestCompletion ? ctx.today : current.completionRequestedOn,
        version: sql`${tasks.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(tasks.id, taskId));
    await writeAudit(tx, {
      actorId: viewer.id,
      action: input.requestCompletion ? 'task.request_completion' : 'task.update_progress',
      entity: 'task',
      entityId: taskId,
      taskId,
      before: { progress: current.progress, status: current.status },
      after: {
        progress: input.progress,
        status,
        note: input.note,
        updateId,
        indicatorActuals: input.indicatorActuals,
        attachments: evidence.map((e, i) => ({ id: attachmentIds[i], fileName: e.fileName, sha256: e.sha256, sizeBytes: e.sizeBytes })),
      },
      ip: ctx.ip,
    });
    if (input.requestCompletion) {
      const reviewers = await tx.select({ id: users.id }).from(users).where(and(inArray(users.role, ['leader']), eq(users.disabled, false)));
      await notify(tx, reviewers.map((r) => r.id), { kind: 'update_to_review', taskId, message: current.title, dedupeKey: `review:${updateId}` });
    }
  });
  return getTask(db, viewer, taskId, ctx.today);
}

/** A leader confirms a completion request (completed on the request's date) or returns it with a reason. */
export async function reviewCompletion(db: Db, viewer: Viewer, taskId: number, input: ReviewInput, ctx: WriteContext): Promise<TaskDto> {
  if (!can(viewer, 'completion.confirm')) throw forbidden();
  // Checked here too, not only by the zod schema: a return without a reason is refused as invalid input.
  if (input.decision === 'return' && !input.reason?.trim()) throw new AppError('invalid', 'invalid', { fields: { reason: ['reasonRequired'] } });
  await db.transaction(async (tx) => {
    const current = await lockTaskVersion(tx, viewer, taskId, input.version, ctx.today);
    const [plan] = await tx.select({ status: plans.status }).from(plans).where(eq(plans.id, current.planId));
    if (plan?.status === 'closed') throw new AppError('forbidden', 'planClosed');
    if (current.status !== 'awaiting_confirmation') throw new AppError('conflict', 'notAwaitingConfirmation', { current });
    const [request] = await tx
      .select({ id: progressUpdates.id, authorId: progressUpdates.authorId })
      .from(progressUpdates)
      .leftJoin(completionReviews, eq(completionReviews.requestUpdateId, progressUpdates.id))
      .where(and(eq(progressUpdates.taskId, taskId), eq(progressUpdates.requestsCompletion, true), isNull(completionReviews.id)))
      .orderBy(desc(progressUpdates.id))
      .limit(1);
    if (!request) throw new AppError('conflict', 'notAwaitingConfirmation', { current });
    const reason = input.decision === 'return' ? input.reason!.trim() : null;
    await tx.insert(completionReviews).values({ taskId, requestUpdateId: request.id, decision: input.decision, reason, reviewerId: viewer.id });
    const confirm = input.decision === 'confirm';
    await tx
      .update(tasks)
      .set({
        status: confirm ? 'completed' : 'in_progress',
        completedOn: confirm ? current.completionRequestedOn : null,
        completionRequestedOn: confirm ? current.completionRequestedOn : null,
        version: sql`${tasks.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(tasks.id, taskId));
    await writeAudit(tx, {
      actorId: viewer.id,
      action: confirm ? 'task.confirm_completion' : 'task.return_completion',
      entity: 'task',
      entityId: taskId,
      taskId,
      before: { status: current.status },
      after: { status: confirm ? 'completed' : 'in_progress', completedOn: confirm ? current.completionRequestedOn : null, reason },
      ip: ctx.ip,
    });
    await notify(tx, [request.authorId], {
      kind: confirm ? 'completion_confirmed' : 'completion_returned',
      taskId,
      message: reason ?? current.title,
      dedupeKey: `review:${request.id}`,
    });
  });
  return getTask(db, viewer, taskId, ctx.today);
}

// Qualified by hand so the subqueries below never read their own "id" (see tasks.ts).
const UPDATE_ID = sql.raw('"progress_updates"."id"');

export type UpdateDto = {
  id: number;
  authorId: number;
  authorName: string;
  createdAt: Date;
  progressBefore: number;
  progressAfter: number;
  note: string;
  requestsCompletion: boolean;
  review: { decision: 'confirm' | 'return'; reason: string | null; reviewerName: string; createdAt: Date } | null;
  attachments: { id: number; fileName: string; contentType: string; sizeBytes: number; sha256: string }[];
};

/** A task's updates, newest first, each with its evidence and, for a completion request, its review. */
export async function listUpdates(db: Tx | Db, viewer: Viewer, taskId: number): Promise<UpdateDto[]> {
  if (!can(viewer, 'task.read')) throw forbidden();
  const rows = await db
    .select({
      id: progressUpdates.id,
      authorId: progressUpdates.authorId,
      authorName: users.name,
      createdAt: progressUpdates.createdAt,
      progressBefore: progressUpdates.progressBefore,
      progressAfter: progressUpdates.progressAfter,
      note: progressUpdates.note,
      requestsCompletion: progressUpdates.requestsCompletion,
      review: sql<UpdateDto['review']>`(
        SELECT json_build_object('decision', r.decision, 'reason', r.reason, 'reviewerName', ru.name, 'createdAt', r.created_at)
        FROM ${completionReviews} r JOIN ${users} ru ON ru.id = r.reviewer_id WHERE r.request_update_id = ${UPDATE_ID})`,
      attachments: sql<UpdateDto['attachments']>`coalesce((
        SELECT json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'contentType', a.content_type, 'sizeBytes', a.size_bytes, 'sha256', a.sha256) ORDER BY a.id)
        FROM ${attachments} a WHERE a.update_id = ${UPDATE_ID}), '[]'::json)`,
    })
    .from(progressUpdates)
    .innerJoin(users, eq(users.id, progressUpdates.authorId))
    .where(eq(progressUpdates.taskId, taskId))
    .orderBy(desc(progressUpdates.createdAt), desc(progressUpdates.id));
  return rows.map((r) => ({
    ...r,
    review: r.review ? { ...r.review, createdAt: new Date(r.review.createdAt) } : null,
  }));
}

/** An evidence file, for those who may read its task. */
export async function getAttachment(db: Db, viewer: Viewer, attachmentId: number) {
  if (!can(viewer, 'task.read')) throw forbidden();
  const [row] = await db
    .select({ fileName: attachments.fileName, contentType: attachments.contentType, sizeBytes: attachments.sizeBytes, sha256: attachments.sha256, content: attachmentBlobs.content })
    .from(attachments)
    .innerJoin(attachmentBlobs, eq(attachmentBlobs.attachmentId, attachments.id))
    .where(eq(attachments.id, attachmentId));
  if (!row) throw new AppError('not_found', 'notFound');
  return row;
}
