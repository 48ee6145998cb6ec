// Deadline reminders (PRODUCT.md: "deadline coming in 7/3/1 days, overdue"). Pure: "today" is
// passed in, so the rule is tested without a clock. runReminders (db/queries/reminders.ts) applies
// the same rule in SQL from the constants below.
import type { TaskStatus } from '../schema';
import { daysBetween } from './dates';

export const DEADLINE_REMINDERS = { deadline_7: 7, deadline_3: 3, deadline_1: 1 } as const;
export type DeadlineKind = keyof typeof DEADLINE_REMINDERS;
export type ReminderKind = DeadlineKind | 'overdue';

/**
 * Tasks that still need work from their unit. Completed, cancelled and paused tasks are left alone;
 * so is a task awaiting confirmation: the officer's part is done and its timeliness follows the
 * request's date (db/domain/timeliness.ts), so "overdue" would contradict what the page shows.
 */
export const REMINDED_STATUSES = ['not_started', 'in_progress'] as const satisfies readonly TaskStatus[];

/**
 * The reminder a task is due for on `today`, or null. A task is due at the end of its due date:
 * 7, 3 and 1 days before it a deadline reminder; from the day after it, "overdue". The overdue
 * reminder is keyed by the due date, so it is raised once, even if the job missed that exact day.
 */
export function reminderFor(task: { status: TaskStatus; dueDate: string }, today: string): ReminderKind | null {
  if (!(REMINDED_STATUSES as readonly TaskStatus[]).includes(task.status)) return null;
  const daysLeft = daysBetween(today, task.dueDate);
  if (daysLeft < 0) return 'overdue';
  const kind = (Object.keys(DEADLINE_REMINDERS) as DeadlineKind[]).find((k) => DEADLINE_REMINDERS[k] === daysLeft);
  return kind ?? null;
}

/** One reminder per task, kind and due date: moving the due date starts its reminders afresh. */
export function reminderDedupeKey(kind: ReminderKind, taskId: number, dueDate: string): string {
  return `${kind}:${taskId}:${dueDate}`;
}
