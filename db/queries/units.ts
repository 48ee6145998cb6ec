import 'server-only';
import { asc, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { diff, writeAudit } from '../audit';
import { AppError, conflict, forbidden, notFound } from '../errors';
import { queryRows } from '../raw';
import { can, type Viewer } from '../policy';
import { unitKind, units, users } from '../schema';
import { id, isoDate, requiredText, versionField } from './input-fields';

export type UnitDto = {
  id: number;
  code: string;
  name: string;
  kind: (typeof unitKind.enumValues)[number];
  parentId: number | null;
  validFrom: string;
  validTo: string | null;
  active: boolean;
  version: number;
};

const unitColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  kind: units.kind,
  parentId: units.parentId,
  validFrom: units.validFrom,
  validTo: units.validTo,
  active: units.active,
  version: units.version,
};

export const createUnitInput = z.object({
  code: z.string().trim().min(1, 'required').max(20, 'tooLong').regex(/^[A-Za-z0-9_-]+$/, 'codeInvalid'),
  name: requiredText(200),
  kind: z.enum(unitKind.enumValues),
  parentId: id.nullable().default(null),
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
});

export const updateUnitInput = z.object({
  version: versionField,
  name: requiredText(200).optional(),
  parentId: id.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  active: z.boolean().optional(),
});

/** Every signed-in user may read the units: tasks name them. */
export async function listUnits(db: Db, viewer: Viewer): Promise<UnitDto[]> {
  if (!can(viewer, 'task.list')) throw forbidden();
  return db.select(unitColumns).from(units).orderBy(asc(units.sortOrder), asc(units.name));
}

function requireAdmin(viewer: Viewer): void {
  if (!can(viewer, 'accounts.manage')) throw forbidden();
}

export type AdminUnitDto = UnitDto & { accountCount: number };

/** The units with how many accounts each holds, for the administration page (admin only). */
export async function listUnitsForAdmin(db: Db, viewer: Viewer): Promise<AdminUnitDto[]> {
  requireAdmin(viewer);
  return db
    .select({ ...unitColumns, accountCount: count(users.id) })
    .from(units)
    .leftJoin(users, eq(users.unitId, units.id))
    .groupBy(units.id)
    .orderBy(asc(units.sortOrder), asc(units.name));
}

/** Refuses a parent that is the unit itself or one of its descendants: the tree stays a tree. */
async function assertParentAllowed(db: Db, unitId: number | null, parentId: number | null): Promise<void> {
  if (parentId === null) return;
  const [parent] = await db.select({ id: units.id }).from(units).where(eq(units.id, parentId));
  if (!parent) throw new AppError('invalid', 'invalid', { fields: { parentId: ['unitUnknown'] } });
  if (unitId === null) return;
  const cycle = await queryRows<{ id: number }>(
    db,
    sql`WITH RECURSIVE below(id) AS (SELECT ${unitId}::int UNION SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id)
        SELECT id FROM below WHERE id = ${parentId}`,
  );
  if (cycle.length > 0) throw new AppError('invalid', 'invalid', { fields: { parentId: ['parentCycle'] } });
}

export async function createUnit(db: Db, viewer: Viewer, input: z.infer<typeof createUnitInput>, ip: string | null = null): Promise<UnitDto> {
  requireAdmin(viewer);
  if (input.validTo !== null && input.validTo < input.validFrom) {
    throw new AppError('invalid', 'invalid', { fields: { validTo: ['validToBeforeFrom'] } });
  }
  return db.transaction(async (tx) => {
    await assertParentAllowed(tx, null, input.parentId);
    const [taken] = await tx.select({ id: units.id }).from(units).where(eq(units.code, input.code));
    if (taken) throw new AppError('invalid', 'invalid', { fields: { code: ['codeTaken'] } });
    // A new unit goes after the existing ones, not before them (sort order 0).
    const [row] = await tx
      .insert(units)
      .values({ ...input, sortOrder: sql`(SELECT coalesce(max(sort_order), 0) + 1 FROM units)` })
      .returning(unitColumns);
    await writeAudit(tx, { actorId: viewer.id, action: 'unit.create', entity: 'unit', entityId: row!.id, after: input, ip });
    return row!;
  });
}

/** Rename, move in the tree, set the end date, deactivate or reactivate. */
export async function updateUnit(db: Db, viewer: Viewer, id: number, input: z.infer<typeof updateUnitInput>, ip: string | null = null): Promise<UnitDto> {
  requireAdmin(viewer);
  return db.transaction(async (tx) => {
    const [current] = await tx.select(unitColumns).from(units).where(eq(units.id, id)).for('update');
    if (!current) throw notFound();
    if (current.version !== input.version) throw conflict(current);
    const { version: _v, ...changes } = input;
    if (changes.parentId !== undefined) await assertParentAllowed(tx, id, changes.parentId);
    if (changes.validTo && changes.validTo < current.validFrom) {
      throw new AppError('invalid', 'invalid', { fields: { validTo: ['validToBeforeFrom'] } });
    }
    const { before, after } = diff(current, changes);
    if (Object.keys(after).length === 0) return current;
    const [row] = await tx
      .update(units)
      .set({ ...after, version: sql`${units.version} + 1`, updatedAt: sql`now()` })
      .where(eq(units.id, id))
      .returning(unitColumns);
    await writeAudit(tx, { actorId: viewer.id, action: 'unit.update', entity: 'unit', entityId: id, before, after, ip });
    return row!;
  });
}
