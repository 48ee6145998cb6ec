// The task views keep all their state in the URL query, so a filtered view can be shared. These
// helpers write that query back, leaving out defaults so links stay short and stable.
import type { ListTasksInput } from '@/db/queries/task-inputs';

export type TaskQuery = Partial<ListTasksInput>;

/** In this order, so the same view always has the same URL. */
const KEYS = ['q', 'plan', 'priority', 'unit', 'status', 'timeliness', 'owner', 'dueFrom', 'dueTo', 'sort', 'page', 'pageSize'] as const;

const DEFAULTS: TaskQuery = { sort: 'code', page: 1, pageSize: 50 };

/** The filters that narrow the list (not sort or paging): what the views share. */
export const FILTER_KEYS = ['q', 'plan', 'priority', 'unit', 'status', 'timeliness', 'owner', 'dueFrom', 'dueTo'] as const;

export function taskSearchParams(query: TaskQuery, overrides: TaskQuery = {}): URLSearchParams {
  const merged: TaskQuery = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = merged[key];
    if (value === undefined || value === null || value === '' || value === DEFAULTS[key]) continue;
    params.set(key, String(value));
  }
  return params;
}

/** `path?query`, or just `path` when nothing is set. */
export function taskHref(path: string, query: TaskQuery, overrides: TaskQuery = {}): string {
  const qs = taskSearchParams(query, overrides).toString();
  return qs ? `${path}?${qs}` : path;
}

/** Only the filters: for switching between list, board and timeline, and for the CSV export. */
export function filtersOnly(query: TaskQuery): TaskQuery {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, query[k]])) as TaskQuery;
}
