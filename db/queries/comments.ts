import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { writeAudit } from '../audit';
import { AppError, forbidden } from '../errors';
import { can, type Viewer } from '../policy';
import { comments, users } from '../schema';
import { taskScope } from './tasks';

export type CommentDto = { id: number; taskId: number; authorId: number; authorName: string; body: string; createdAt: Date };

const columns = { id: comments.id, taskId: comments.taskId, authorId: comments.authorId, authorName: users.name, body: comments.body, createdAt: comments.createdAt };

export async function listComments(db: Db, viewer: Viewer, taskId: number): Promise<CommentDto[]> {
  if (!can(viewer, 'task.read')) throw forbidden();
  if (!(await taskScope(db, taskId))) throw new AppError('not_found', 'taskNotFound');
  return db.select(columns).from(comments).innerJoin(users, eq(users.id, comments.authorId)).where(eq(comments.taskId, taskId)).orderBy(asc(comments.createdAt), asc(comments.id));
}

/** Comments are appended, never edited: no version is needed. */
export async function addComment(db: Db, viewer: Viewer, taskId: number, input: { body: string }, ctx: { ip?: string | null }): Promise<CommentDto> {
  return db.transaction(async (tx) => {
    const scope = await taskScope(tx, taskId);
    if (!scope) throw new AppError('not_found', 'taskNotFound');
    if (!can(viewer, 'comment.create', scope)) throw forbidden('notYourUnit');
    if (scope.planStatus === 'closed') throw new AppError('forbidden', 'planClosed');
    const [row] = await tx.insert(comments).values({ taskId, authorId: viewer.id, body: input.body }).returning({ id: comments.id, createdAt: comments.createdAt });
    await writeAudit(tx, { actorId: viewer.id, action: 'comment.create', entity: 'comment', entityId: row!.id, taskId, after: { body: input.body }, ip: ctx.ip });
    return { id: row!.id, taskId, authorId: viewer.id, authorName: viewer.name, body: input.body, createdAt: row!.createdAt };
  });
}
