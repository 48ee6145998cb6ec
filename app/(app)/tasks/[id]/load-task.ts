import 'server-only';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { AppError } from '@/db/errors';
import type { Viewer } from '@/db/policy';
import { getTask, type TaskDto } from '@/db/queries/tasks';

/** The task of a /tasks/[id] route, or the 404 page for an id that is malformed or unknown. */
export async function loadTask(db: Db, viewer: Viewer, rawId: string, today: string): Promise<TaskDto> {
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getTask(db, viewer, id, today);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}
