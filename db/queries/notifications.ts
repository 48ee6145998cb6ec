import 'server-only';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import type { Viewer } from '../policy';
import { notifications, tasks, type notificationKind } from '../schema';

type Kind = (typeof notificationKind.enumValues)[number];

/**
 * Inserts one notification per user for an event. The dedupe key makes it idempotent: the same
 * event (a reminder, a review) never notifies the same user twice, however often it is raised.
 */
export async function notify(tx: Tx | Db, userIds: number[], n: { kind: Kind; taskId: number | null; message: string; dedupeKey: string }): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(unique.map((userId) => ({ userId, kind: n.kind, taskId: n.taskId, message: n.message, dedupeKey: n.dedupeKey })))
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return rows.length;
}

export type NotificationDto = { id: number; kind: Kind; taskId: number | null; taskCode: string | null; taskTitle: string | null; message: string; createdAt: Date; readAt: Date | null };

/** The viewer's own notifications only: the WHERE carries the viewer's id. */
export async function listNotifications(db: Db, viewer: Viewer, limit = 30): Promise<{ items: NotificationDto[]; unread: number }> {
  const items = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      taskId: notifications.taskId,
      taskCode: tasks.code,
      taskTitle: tasks.title,
      message: notifications.message,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .leftJoin(tasks, eq(tasks.id, notifications.taskId))
    .where(eq(notifications.userId, viewer.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return { items, unread: await unreadCount(db, viewer) };
}

export async function unreadCount(db: Db, viewer: Viewer): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the viewer's notifications read (all, or one). Reading one's own bell is not audited. */
export async function markNotificationsRead(db: Db, viewer: Viewer, id?: number): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt), id === undefined ? undefined : eq(notifications.id, id)));
}
