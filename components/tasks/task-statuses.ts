import type { TaskStatus } from '@/db/schema';

/** Every status in workflow order (a Record, so a new status cannot be forgotten here). */
const STATUS_ORDER: Record<TaskStatus, number> = {
  not_started: 0,
  in_progress: 1,
  awaiting_confirmation: 2,
  completed: 3,
  paused: 4,
  cancelled: 5,
};

export const STATUSES = (Object.keys(STATUS_ORDER) as TaskStatus[]).sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b]);
