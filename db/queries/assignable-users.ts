import 'server-only';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { forbidden } from '../errors';
import { can, type Viewer } from '../policy';
import { units, users } from '../schema';

export type PersonDto = { id: number; name: string; unitId: number; unitName: string };

const columns = { id: users.id, name: users.name, unitId: users.unitId, unitName: units.name };

/** People a task can be assigned to (người phụ trách): enabled accounts that may work on tasks. */
export async function listAssignableUsers(db: Db, viewer: Viewer): Promise<PersonDto[]> {
  if (!can(viewer, 'task.create')) throw forbidden();
  return db
    .select(columns)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.disabled, false), ne(users.role, 'viewer')))
    .orderBy(asc(units.sortOrder), asc(units.name), asc(users.name));
}

/** The names of the people a task page mentions (owner, authors in the history), for its readers. */
export async function peopleByIds(db: Db, viewer: Viewer, ids: readonly number[]): Promise<PersonDto[]> {
  if (!can(viewer, 'task.read')) throw forbidden();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db.select(columns).from(users).innerJoin(units, eq(units.id, users.unitId)).where(inArray(users.id, unique));
}
