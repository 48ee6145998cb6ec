import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { writeAudit } from '../audit';
import { AppError, forbidden, notFound } from '../errors';
import { can, type Viewer } from '../policy';
import { apiTokens, users } from '../schema';
import { id, requiredText } from './input-fields';

const PREFIX = 'khcn_';

export const issueTokenInput = z.object({
  userId: id,
  name: requiredText(100),
  expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
});

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens are 32 random bytes: a plain SHA-256 is enough to store them (no password stretching needed). */
export async function loadViewerByToken(db: Db, token: string): Promise<Viewer | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select({ id: users.id, role: users.role, unitId: users.unitId, name: users.name, email: users.email, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
        eq(users.disabled, false),
      ),
    );
  if (!row) return null;
  const { tokenId: _tokenId, ...viewer } = row;
  return viewer;
}

export type IssuedToken = { id: number; token: string; prefix: string; expiresAt: Date | null };

/** Issues a personal token for a user. The token is returned once and only its hash is kept. */
export async function issueApiToken(
  db: Db,
  viewer: Viewer,
  input: { userId: number; name: string; expiresAt: Date | null },
  ip: string | null = null,
): Promise<IssuedToken> {
  if (!can(viewer, 'token.issue')) throw forbidden();
  // A token that is expired when issued would only confuse whoever receives it.
  if (input.expiresAt !== null && input.expiresAt.getTime() <= Date.now()) {
    throw new AppError('invalid', 'invalid', { fields: { expiresAt: ['expiryInPast'] } });
  }
  const token = PREFIX + randomBytes(32).toString('base64url');
  const prefix = token.slice(0, 12);
  return db.transaction(async (tx) => {
    const [owner] = await tx.select({ id: users.id, disabled: users.disabled }).from(users).where(eq(users.id, input.userId));
    if (!owner) throw notFound('userNotFound');
    // A disabled account's tokens never work (loadViewerByToken), so issuing one is refused.
    if (owner.disabled) throw new AppError('invalid', 'invalid', { fields: { userId: ['userUnknown'] } });
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: input.userId, name: input.name, tokenHash: hashToken(token), prefix, createdById: viewer.id, expiresAt: input.expiresAt })
      .returning({ id: apiTokens.id });
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'token.issue',
      entity: 'api_token',
      entityId: row!.id,
      after: { userId: input.userId, name: input.name, prefix, expiresAt: input.expiresAt },
      ip,
    });
    return { id: row!.id, token, prefix, expiresAt: input.expiresAt };
  });
}

export async function revokeApiToken(db: Db, viewer: Viewer, tokenId: number, ip: string | null = null): Promise<void> {
  if (!can(viewer, 'token.issue')) throw forbidden();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, userId: apiTokens.userId, revokedAt: apiTokens.revokedAt });
    if (!row) throw new AppError('not_found', 'tokenNotFound');
    await writeAudit(tx, {
      actorId: viewer.id,
      action: 'token.revoke',
      entity: 'api_token',
      entityId: tokenId,
      before: { revokedAt: null },
      after: { userId: row.userId, revokedAt: row.revokedAt },
      ip,
    });
  });
}

export type ApiTokenDto = {
  id: number;
  name: string;
  prefix: string;
  userId: number;
  userEmail: string;
  userName: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** Neither revoked nor expired now (judged by the database clock). */
  live: boolean;
};

export async function listApiTokens(db: Db, viewer: Viewer): Promise<ApiTokenDto[]> {
  if (!can(viewer, 'token.issue')) throw forbidden();
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      userId: apiTokens.userId,
      userEmail: users.email,
      userName: users.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      live: sql<boolean>`(${apiTokens.revokedAt} IS NULL AND (${apiTokens.expiresAt} IS NULL OR ${apiTokens.expiresAt} > now()))`,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}
