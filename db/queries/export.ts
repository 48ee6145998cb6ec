import 'server-only';
import { forbidden } from '../errors';
import { can, type Viewer } from '../policy';
import type { Db } from '../client';
import type { ListTasksInput } from './task-inputs';
import { listTasks, type TaskDto } from './tasks';

/** At most this many rows in one export; past it the caller narrows the filters. */
export const EXPORT_LIMIT = 10_000;

/** The filtered task list for export (CSV now, XLSX with the reports). */
export async function exportTasks(db: Db, viewer: Viewer, input: ListTasksInput, today: string): Promise<TaskDto[]> {
  if (!can(viewer, 'export')) throw forbidden();
  const rows: TaskDto[] = [];
  for (let page = 1; rows.length < EXPORT_LIMIT; page++) {
    const { items } = await listTasks(db, viewer, { ...input, page, pageSize: 200 }, today);
    rows.push(...items);
    if (items.length < 200) break;
  }
  return rows.slice(0, EXPORT_LIMIT);
}
