import 'server-only';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { forbidden } from '../errors';
import { can, type Viewer } from '../policy';
import { tasks, users } from '../schema';

export type OwnerOption = { id: number; name: string; unitId: number };

/**
 * The people the task list can be filtered by (người phụ trách): whoever owns a task, and every
 * enabled officer. A disabled account stays in the list while it still owns tasks, so old
 * assignments can still be found.
 */
export async function listOwners(db: Db, viewer: Viewer): Promise<OwnerOption[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  const enabledOfficer = and(eq(users.role, 'officer'), eq(users.disabled, false))!;
  return db
    .select({ id: users.id, name: users.name, unitId: users.unitId })
    .from(users)
    .where(
      or(
        enabledOfficer,
        // Only the few others are looked up in tasks, one index probe each: a scalar subquery, because
        // PostgreSQL turns an EXISTS under OR into a hashed scan of every task. Qualified by hand:
        // in a one-table query drizzle may write a lone "id", which here would name the task's id.
        sql`(NOT ${enabledOfficer} AND coalesce((SELECT true FROM ${tasks} t WHERE t.owner_id = "users"."id" LIMIT 1), false))`,
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
}
