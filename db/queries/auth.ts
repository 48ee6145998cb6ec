import 'server-only';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { writeAudit } from '../audit';
import { burnVerifyTime, verifyPassword } from '../passwords';
import type { Viewer } from '../policy';
import { signInAttempts, users } from '../schema';

/** OWASP Authentication Cheat Sheet: lock an account after repeated failures, throttle by address. */
export type SignInLimits = {
  maxFailures: number;
  lockSeconds: number;
  /** Failed attempts one address may make across all accounts within the window. */
  maxFailuresPerAddress: number;
  addressWindowSeconds: number;
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  maxFailures: 5,
  lockSeconds: 15 * 60,
  maxFailuresPerAddress: 30,
  addressWindowSeconds: 15 * 60,
};

export type SignInOutcome =
  | { ok: true; user: { id: number; sessionVersion: number; mustChangePassword: boolean } }
  | { ok: false; reason: 'invalid' | 'locked' | 'throttled' | 'disabled' };

/**
 * Checks a password. An unknown email and a wrong password take the same time and give the same
 * answer; every attempt, failure and lockout is written to the audit log.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip: string },
  limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const [recent] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.ip, input.ip),
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, sql`now() - make_interval(secs => ${limits.addressWindowSeconds})`),
      ),
    );
  if ((recent?.n ?? 0) >= limits.maxFailuresPerAddress) {
    await burnVerifyTime(input.password);
    await db.transaction(async (tx) => {
      await tx.insert(signInAttempts).values({ ip: input.ip, email, succeeded: false });
      await writeAudit(tx, { actorId: null, action: 'auth.throttled', entity: 'address', entityId: input.ip, after: { email }, ip: input.ip });
    });
    return { ok: false, reason: 'throttled' };
  }

  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      lockedUntil: users.lockedUntil,
      sessionVersion: users.sessionVersion,
      mustChangePassword: users.mustChangePassword,
      locked: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
    })
    .from(users)
    .where(eq(users.email, email));

  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : await burnVerifyTime(input.password);

  return db.transaction(async (tx) => {
    await tx.insert(signInAttempts).values({ ip: input.ip, email, succeeded: passwordOk && !!user && !user.locked && !user.disabled });
    if (!user) {
      await writeAudit(tx, { actorId: null, action: 'auth.sign_in_failed', entity: 'user', entityId: email, after: { reason: 'unknown_email' }, ip: input.ip });
      return { ok: false, reason: 'invalid' } as const;
    }
    if (user.locked) {
      await writeAudit(tx, { actorId: user.id, action: 'auth.sign_in_refused_locked', entity: 'user', entityId: user.id, ip: input.ip });
      return { ok: false, reason: 'locked' } as const;
    }
    if (!passwordOk) {
      const [after] = await tx
        .update(users)
        .set({
          failedSignIns: sql`${users.failedSignIns} + 1`,
          lockedUntil: sql`CASE WHEN ${users.failedSignIns} + 1 >= ${limits.maxFailures}
            THEN now() + make_interval(secs => ${limits.lockSeconds}) ELSE ${users.lockedUntil} END`,
        })
        .where(eq(users.id, user.id))
        .returning({ failedSignIns: users.failedSignIns });
      await writeAudit(tx, { actorId: user.id, action: 'auth.sign_in_failed', entity: 'user', entityId: user.id, after: { failedSignIns: after?.failedSignIns }, ip: input.ip });
      if ((after?.failedSignIns ?? 0) >= limits.maxFailures) {
        // The counter starts again after the lock, so the next wrong password does not re-lock at once.
        await tx.update(users).set({ failedSignIns: 0 }).where(eq(users.id, user.id));
        await writeAudit(tx, { actorId: user.id, action: 'auth.lockout', entity: 'user', entityId: user.id, after: { lockSeconds: limits.lockSeconds }, ip: input.ip });
        return { ok: false, reason: 'locked' } as const;
      }
      return { ok: false, reason: 'invalid' } as const;
    }
    if (user.disabled) {
      await writeAudit(tx, { actorId: user.id, action: 'auth.sign_in_refused_disabled', entity: 'user', entityId: user.id, ip: input.ip });
      return { ok: false, reason: 'disabled' } as const;
    }
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
    await writeAudit(tx, { actorId: user.id, action: 'auth.sign_in', entity: 'user', entityId: user.id, ip: input.ip });
    return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword } } as const;
  });
}

/**
 * The acting user, re-read from the database on every request: a session token only says who
 * signed in and which session version it carries; role, unit and access come from here.
 */
export async function loadViewer(db: Db, claim: { userId: number; sessionVersion: number }): Promise<Viewer | null> {
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      unitId: users.unitId,
      name: users.name,
      email: users.email,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, claim.userId));
  if (!user || user.disabled || user.sessionVersion !== claim.sessionVersion) return null;
  return { id: user.id, role: user.role, unitId: user.unitId, name: user.name, email: user.email };
}

/** Sign-out ends every copy of the session: the version in old tokens no longer matches. */
export async function endSessions(db: Db, userId: number, ip: string | null): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
    await writeAudit(tx, { actorId: userId, action: 'auth.sign_out', entity: 'user', entityId: userId, ip });
  });
}
