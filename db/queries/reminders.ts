import 'server-only';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { DEADLINE_REMINDERS, REMINDED_STATUSES, type ReminderKind } from '../domain/reminders';
import { queryRows } from '../raw';
import { notifications, plans, tasks, users } from '../schema';

// The scheduled job's data access (app/lib/reminder-job.ts). It acts for no one: it reads no
// viewer and writes only notifications, which are not audited (notify in ./notifications.ts).

const deadlineCases = sql.join(
  Object.entries(DEADLINE_REMINDERS).map(([kind, days]) => sql.raw(`WHEN t.due_date - d.today = ${days} THEN '${kind}'`)),
  sql` `,
);
const deadlineDays = sql.raw(Object.values(DEADLINE_REMINDERS).join(', '));
const remindedStatuses = sql.raw(REMINDED_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * The reminders due on `today`, one row per recipient, not yet raised: the rule of
 * db/domain/reminders.ts (reminderFor) in SQL. Recipients: the task's owner; with no (active)
 * owner, the officers of its lead unit. Only tasks of active plans.
 */
function dueRemindersQuery(today: string): SQL {
  return sql`
    WITH d AS (SELECT ${today}::date AS today),
    due AS (
      SELECT t.id AS task_id, t.title, t.due_date, t.owner_id, t.lead_unit_id,
        CASE WHEN t.due_date < d.today THEN 'overdue' ${deadlineCases} END AS kind
      FROM ${tasks} t
      JOIN ${plans} p ON p.id = t.plan_id AND p.status = 'active'
      CROSS JOIN d
      WHERE t.status IN (${remindedStatuses})
        AND (t.due_date < d.today OR t.due_date - d.today IN (${deadlineDays}))
    ),
    keyed AS (
      SELECT due.*, due.kind || ':' || due.task_id || ':' || to_char(due.due_date, 'YYYY-MM-DD') AS dedupe_key FROM due
    )
    SELECT u.id AS user_id, k.kind, k.task_id, k.title, to_char(k.due_date, 'YYYY-MM-DD') AS due_date, k.dedupe_key
    FROM keyed k
    JOIN ${users} u ON NOT u.disabled AND (
      u.id = k.owner_id
      OR (u.role = 'officer' AND u.unit_id = k.lead_unit_id
          AND NOT EXISTS (SELECT 1 FROM ${users} o WHERE o.id = k.owner_id AND NOT o.disabled))
    )
    -- Cheaper than letting ON CONFLICT find the duplicate (and it spends no identity values);
    -- ON CONFLICT below still settles a race between two instances.
    WHERE NOT EXISTS (SELECT 1 FROM ${notifications} n WHERE n.user_id = u.id AND n.dedupe_key = k.dedupe_key)`;
}

export type DueReminder = { userId: number; kind: ReminderKind; taskId: number; dueDate: string; dedupeKey: string };

/** What runReminders would raise on `today` (for tests and diagnostics). */
export async function dueReminders(db: Db, today: string): Promise<DueReminder[]> {
  const rows = await queryRows<{ user_id: number; kind: ReminderKind; task_id: number; due_date: string; dedupe_key: string }>(
    db,
    sql`${dueRemindersQuery(today)} ORDER BY task_id, user_id`,
  );
  return rows.map((r) => ({ userId: r.user_id, kind: r.kind, taskId: r.task_id, dueDate: r.due_date, dedupeKey: r.dedupe_key }));
}

/**
 * Raises the deadline reminders due on `today` in one INSERT … SELECT. Idempotent: the dedupe key
 * (kind:taskId:dueDate, unique per user) makes every further run, or a concurrent one on another
 * app instance, insert nothing. Returns how many notifications were created.
 */
export async function runReminders(db: Db, today: string): Promise<{ created: number }> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO ${notifications} (user_id, kind, task_id, message, dedupe_key)
        SELECT r.user_id, r.kind::notification_kind, r.task_id, r.title, r.dedupe_key FROM (${dueRemindersQuery(today)}) r
        ON CONFLICT (user_id, dedupe_key) DO NOTHING
        RETURNING id`,
  );
  return { created: rows.length };
}

/** Everything an email about one notification needs; the wording is the mailer's (messages/vi). */
export type NotificationEmail = {
  notificationId: number;
  to: string;
  recipientName: string;
  kind: (typeof notifications.kind.enumValues)[number];
  taskId: number | null;
  taskCode: string | null;
  taskTitle: string | null;
  dueDate: string | null;
  /** The stored detail: the task title, or a return reason. */
  message: string;
};

export type Mailer = { send(email: NotificationEmail): Promise<void> };

export type SendOptions = {
  /** At most this many emails per run. */
  limit?: number;
  /** Older notifications are not emailed: turning SMTP on later must not flood inboxes with old news. */
  maxAgeHours?: number;
  /** Stop the run after this many failed sends (the SMTP server is probably down). */
  maxFailures?: number;
};

/**
 * Emails every notification not emailed yet, each exactly once, even with two app instances
 * running the job at the same moment: a notification is claimed by
 * `UPDATE … SET emailed_at = now() WHERE id = … AND emailed_at IS NULL` in the transaction that
 * sends it. The row lock makes a concurrent claim wait and then find it taken; a failed send
 * throws, rolling the claim back, so a later run retries it.
 */
export async function sendPendingEmails(db: Db, mailer: Mailer, options: SendOptions = {}): Promise<{ sent: number; failed: number; errors: unknown[] }> {
  const { limit = 200, maxAgeHours = 72, maxFailures = 3 } = options;
  const candidates = await db
    .select({ id: notifications.id })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        isNull(notifications.emailedAt),
        eq(users.disabled, false),
        sql`${notifications.createdAt} > now() - make_interval(hours => ${maxAgeHours}::int)`,
      ),
    )
    .orderBy(notifications.id)
    .limit(limit);

  let sent = 0;
  const errors: unknown[] = [];
  for (const { id } of candidates) {
    if (errors.length >= maxFailures) break;
    try {
      const delivered = await db.transaction(async (tx) => {
        const [claimed] = await tx
          .update(notifications)
          .set({ emailedAt: sql`now()` })
          .where(and(eq(notifications.id, id), isNull(notifications.emailedAt)))
          .returning({ id: notifications.id });
        if (!claimed) return false; // another instance sent it
        const [detail] = await tx
          .select({
            to: users.email,
            recipientName: users.name,
            kind: notifications.kind,
            taskId: notifications.taskId,
            message: notifications.message,
            taskCode: tasks.code,
            taskTitle: tasks.title,
            dueDate: tasks.dueDate,
          })
          .from(notifications)
          .innerJoin(users, eq(users.id, notifications.userId))
          .leftJoin(tasks, eq(tasks.id, notifications.taskId))
          .where(eq(notifications.id, id));
        if (!detail) return false;
        await mailer.send({ notificationId: id, ...detail });
        return true;
      });
      if (delivered) sent += 1;
    } catch (error) {
      errors.push(error);
    }
  }
  return { sent, failed: errors.length, errors };
}
