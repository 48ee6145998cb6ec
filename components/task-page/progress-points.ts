import { daysBetween } from '@/db/domain/dates';
import { dayOf } from './format';

export type DayPoint = { day: string; actual: number; planned: number };

/** Even progress from 0% on the start date to 100% on the due date: the pace the plan implies. */
export function plannedProgress(startDate: string, dueDate: string, day: string): number {
  const span = Math.max(1, daysBetween(startDate, dueDate));
  return Math.max(0, Math.min(100, Math.round((daysBetween(startDate, day) / span) * 100)));
}

/** One point per day with a report (its last report that day), from the start date on. */
export function progressPoints(task: { startDate: string; dueDate: string }, updates: { createdAt: Date; progressAfter: number }[]): DayPoint[] {
  if (updates.length === 0) return [];
  const byDay = new Map<string, number>();
  for (const update of [...updates].sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime())) {
    byDay.set(dayOf(update.createdAt), update.progressAfter);
  }
  if (!byDay.has(task.startDate) && [...byDay.keys()].every((day) => day > task.startDate)) {
    byDay.set(task.startDate, 0);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, actual]) => ({ day, actual, planned: plannedProgress(task.startDate, task.dueDate, day) }));
}
