// Every figure on the dashboard opens the task list filtered to its slice: the dashboard's own
// filters (plan, priority, unit) plus what the figure counts.
import { taskHref, type TaskQuery } from '@/components/tasks/task-query';
import type { DrillScope } from './types';

export function drillHref(scope: DrillScope, slice: TaskQuery = {}): string {
  return taskHref('/tasks', { plan: scope.plan, priority: scope.priority, unit: scope.unit }, slice);
}

/** The last day of a 'yyyy-MM' month, as 'yyyy-MM-dd'. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}
