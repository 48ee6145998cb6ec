import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { diff, writeAudit } from '../audit';
import { AppError, conflict, forbidden, notFound } from '../errors';
import { hashPassword, verifyPassword } from '../passwords';
import { can, type Viewer } from '../policy';
import { role, units, users } from '../schema';
import { id, requiredText, versionField } from './input-fields';

/** What an account looks like outside the database: never the hash, never the lock counters. */
export type AccountDto = {
  id: number;
  email: string;
  name: string;
  role: (typeof role.enumValues)[number];
  unitId: number;
  unitName: string;
  disabled: boolean;
  mustChangePassword: boolean;
  /** Set when 5 wrong passwords locked the account (db/queries/auth.ts); may lie in the past. */
  lockedUntil: Date | null;
  /** Whether that lock still holds now (judged by the database clock). */
  lockedOut: boolean;
  lastSignInAt: Date | null;
  version: number;
};

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  unitId: users.unitId,
  unitName: units.name,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  lockedUntil: users.lockedUntil,
  lockedOut: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
  lastSignInAt: users.lastSignInAt,
  version: users.version,
};

// OWASP ASVS 2.1: at least 12 characters for passwords set here; no composition rules.
const password = z.string().min(12, 'passwordTooShort').max(128, 'passwordTooLong');

export const createAccountInput = z.object({
  email: z.string().trim().toLowerCase().email('emailInvalid').max(254, 'tooLong'),
  name: requiredText(120),
  role: z.enum(role.enumValues),
  unitId: id,
  password,
});

export const updateAccountInput = z.object({
  version: versionField,
  name: requiredText(120).optional(),
  role: z.enum(role.enumValues).optional(),
  unitId: id.optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordInput = z.object({ version: versionField, password });

export const changeOwnPasswordInput = z.object({ currentPassword: z.string().min(1).max(128), newPassword: password });

function requireAdmin(viewer: Viewer): void {
  if (!can(viewer, 'accounts.manage')) throw forbidden();
}

export async function listAccounts(db: Db, viewer: Viewer): Promise<AccountDto[]> {
  requireAdmin(viewer);
  return db.select(accountColumns).from(users).innerJoin(units, eq(units.id, users.unitId)).orderBy(asc(units.sortOrder), asc(users.email));
}

export async function getAccount(db: Db, viewer: Viewer, id: number): Promise<AccountDto> {
  requireAdmin(viewer);
  const [row] = await db.select(accountColumns).from(users).innerJoin(units, eq(units.id, users.unitId)).where(eq(users.id, id));
  if (!row) throw notFound();
  return row;
}

async function assertActiveUnit(db: Db, unitId: number): Promise<void> {
  const [unit] = await db.select({ id: units.id }).from(units).where(and(eq(units.id, unitId), eq(units.active, true)));
  if (!unit) throw new AppError('invalid', 'invalid', { fields: { unitId: ['unitUnknown'] } });
}

export async function createAccount(db: Db, viewer: Viewer, input: z.infer<typeof createAccountInput>, ip: string | null = null): Promise<AccountDto> {
  requireAdmin(viewer);
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    await assertActiveUnit(tx, input.unitId);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw new AppError('invalid', 'invalid', { fields: { email: ['emailTaken'] } });
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, unitId: input.unitId, passwordHash, mustChangePassword: true })
      .returning({ id: users.id });
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'account.create',
      entity: 'user',
      entityId: row!.id,
      after: { email: input.email, name: input.name, role: input.role, unitId: input.unitId },
      ip,
    });
    return row!.id;
  });
  return getAccount(db, viewer, id);
}

/**
 * Changes name, role, unit or the disabled flag. A role or unit change and disabling end the
 * account's open sessions (session version + 1), so a copied cookie stops working at once.
 */
export async function updateAccount(
  db: Db,
  viewer: Viewer,
  id: number,
  input: z.infer<typeof updateAccountInput>,
  ip: string | null = null,
): Promise<AccountDto> {
  requireAdmin(viewer);
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ name: users.name, role: users.role, unitId: users.unitId, disabled: users.disabled, version: users.version })
      .from(users)
      .where(eq(users.id, id))
      .for('update');
    if (!current) throw notFound();
    if (current.version !== input.version) throw conflict(current);
    if (id === viewer.id && ((input.role && input.role !== 'admin') || input.disabled)) {
      throw new AppError('invalid', 'cannotDemoteSelf', { fields: { [input.disabled ? 'disabled' : 'role']: ['cannotDemoteSelf'] } });
    }
    if (input.unitId !== undefined && input.unitId !== current.unitId) await assertActiveUnit(tx, input.unitId);
    const { version: _v, ...changes } = input;
    const { before, after } = diff(current, changes);
    if (Object.keys(after).length === 0) return;
    const endsSessions = 'role' in after || 'unitId' in after || after.disabled === true;
    await tx
      .update(users)
      .set({
        ...after,
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
        ...(endsSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(eq(users.id, id));
    await writeAudit(tx, { actorId: viewer.id, action: 'account.update', entity: 'user', entityId: id, before, after, ip });
  });
  return getAccount(db, viewer, id);
}

/** An administrator sets a temporary password; the user must change it at the next sign-in. */
export async function resetPassword(db: Db, viewer: Viewer, id: number, input: z.infer<typeof resetPasswordInput>, ip: string | null = null): Promise<void> {
  requireAdmin(viewer);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ mustChangePassword: users.mustChangePassword, lockedUntil: users.lockedUntil, version: users.version })
      .from(users)
      .where(eq(users.id, id))
      .for('update');
    if (!current) throw notFound();
    if (current.version !== input.version) throw conflict({ version: current.version });
    // A reset also lifts a lockout and ends every open session of the account.
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedSignIns: 0,
        lockedUntil: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, id));
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'account.reset_password',
      entity: 'user',
      entityId: id,
      // Never the hash: only what an inspector needs to see changed.
      before: { mustChangePassword: current.mustChangePassword, lockedUntil: current.lockedUntil },
      after: { mustChangePassword: true, lockedUntil: null },
      ip,
    });
  });
}

/** The signed-in user changes his own password; other sessions end, this one gets the new version. */
export async function changeOwnPassword(
  db: Db,
  viewer: Viewer,
  input: z.infer<typeof changeOwnPasswordInput>,
  ip: string | null = null,
): Promise<{ sessionVersion: number }> {
  const [current] = await db
    .select({ passwordHash: users.passwordHash, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, viewer.id));
  if (!current || !(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new AppError('invalid', 'invalid', { fields: { currentPassword: ['passwordWrong'] } });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('invalid', 'invalid', { fields: { newPassword: ['passwordUnchanged'] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1`, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, viewer.id))
      .returning({ sessionVersion: users.sessionVersion });
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'account.change_password',
      entity: 'user',
      entityId: viewer.id,
      before: { mustChangePassword: current.mustChangePassword },
      after: { mustChangePassword: false },
      ip,
    });
    return { sessionVersion: row!.sessionVersion };
  });
}

/** Whether the viewer must set a new password before doing anything else. */
export async function mustChangePassword(db: Db, viewer: Viewer): Promise<boolean> {
  const [row] = await db.select({ must: users.mustChangePassword }).from(users).where(and(eq(users.id, viewer.id), ne(users.disabled, true)));
  return row?.must ?? false;
}
