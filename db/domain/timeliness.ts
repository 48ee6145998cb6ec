// Timeliness is derived from dates, never typed in (PRODUCT.md). The state's four buckets —
// completed on time, completed late, not completed within the deadline, not completed and
// overdue — plus our "at risk" (at the pace so far it will miss its due date) and "not started".
import type { TaskStatus } from '../schema';
import { daysBetween } from './dates';

export const TIMELINESS = ['on_schedule', 'at_risk', 'overdue', 'completed_on_time', 'completed_late', 'not_started', 'cancelled'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

export type TimelinessInput = {
  status: TaskStatus;
  progress: number;
  startDate: string;
  dueDate: string;
  completedOn: string | null;
  completionRequestedOn: string | null;
};

/**
 * @param today yyyy-MM-dd in Asia/Ho_Chi_Minh. A task is due at the end of its due date: due today
 *   is not overdue; completed on the due date is on time.
 */
export function deriveTimeliness(task: TimelinessInput, today: string): Timeliness {
  if (task.status === 'cancelled') return 'cancelled';
  if (task.status === 'completed') {
    const done = task.completedOn ?? task.completionRequestedOn ?? today;
    return done <= task.dueDate ? 'completed_on_time' : 'completed_late';
  }
  // The officer's part is done at the request: completion takes the request's date once confirmed.
  if (task.status === 'awaiting_confirmation' && task.completionRequestedOn) {
    return task.completionRequestedOn <= task.dueDate ? 'on_schedule' : 'overdue';
  }
  if (today > task.dueDate) return 'overdue';
  if (task.progress <= 0) return task.status === 'in_progress' && today > task.startDate ? 'at_risk' : 'not_started';
  if (task.progress >= 100) return 'on_schedule';
  return projectedFinishAfterDue(task, today) ? 'at_risk' : 'on_schedule';
}

/** Carries the progress rate so far forward: does it reach 100% after the due date? */
function projectedFinishAfterDue(task: TimelinessInput, today: string): boolean {
  // Counting the start day itself, so a task started today has one day of elapsed work.
  const elapsed = Math.max(1, daysBetween(task.startDate, today) + 1);
  const daysLeft = daysBetween(today, task.dueDate);
  // daysToFinish = (100 - progress) / (progress / elapsed), compared cross-multiplied in integers:
  // the division rounds (50% after 29 days with 29 left gave 29.000000000000004 > 29, "at risk"
  // for a task exactly on pace) and must agree with the SQL twin (db/queries/timeliness-sql.ts).
  return (100 - task.progress) * elapsed > task.progress * daysLeft;
}
