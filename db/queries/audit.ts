import 'server-only';
import { and, asc, desc, eq, exists, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client';
import { forbidden } from '../errors';
import { queryRows } from '../raw';
import { can, type Viewer } from '../policy';
import { auditLog, users } from '../schema';
import { id, text } from './input-fields';

export type AuditDto = {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  taskId: number | null;
  before: unknown;
  after: unknown;
};

export const listAuditInput = z.object({
  entity: text(40).optional(),
  entityId: text(80).optional(),
  actorId: id.optional(),
  /** Keyset paging: rows older than this id (a bigint, so not bounded like the others). */
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorName: users.name,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  taskId: auditLog.taskId,
  before: auditLog.before,
  after: auditLog.after,
};

/** The whole audit log, newest first: leaders and administrators only. */
export async function listAudit(db: Db, viewer: Viewer, input: z.infer<typeof listAuditInput>): Promise<AuditDto[]> {
  if (!can(viewer, 'audit.read')) throw forbidden();
  const where: SQL[] = [];
  if (input.entity !== undefined) where.push(eq(auditLog.entity, input.entity));
  if (input.entityId !== undefined) where.push(eq(auditLog.entityId, input.entityId));
  if (input.actorId !== undefined) where.push(eq(auditLog.actorId, input.actorId));
  if (input.before !== undefined) where.push(lt(auditLog.id, input.before));
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(input.limit);
}

/** One task's history, for everyone who may read the task (the task page shows it). */
export async function taskHistory(db: Db, viewer: Viewer, taskId: number): Promise<AuditDto[]> {
  if (!can(viewer, 'task.read')) throw forbidden();
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.taskId, taskId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(500);
}

export type AuditFacets = { entities: string[]; actors: { id: number; name: string; email: string }[] };

/**
 * What the audit log can be filtered by: the kinds of entity it holds and the people who acted.
 * Both read indexes only (a skip scan over audit_log_entity_idx, an EXISTS on audit_log_actor_idx),
 * so they stay fast with millions of rows.
 */
export async function listAuditFacets(db: Db, viewer: Viewer): Promise<AuditFacets> {
  if (!can(viewer, 'audit.read')) throw forbidden();
  const entities = await queryRows<{ entity: string }>(
    db,
    sql`WITH RECURSIVE kinds(entity) AS (
          (SELECT entity FROM audit_log ORDER BY entity LIMIT 1)
          UNION ALL
          SELECT (SELECT a.entity FROM audit_log a WHERE a.entity > k.entity ORDER BY a.entity LIMIT 1) FROM kinds k WHERE k.entity IS NOT NULL
        )
        SELECT entity FROM kinds WHERE entity IS NOT NULL`,
  );
  const actors = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(exists(db.select({ one: sql`1` }).from(auditLog).where(eq(auditLog.actorId, users.id))))
    .orderBy(asc(users.name), asc(users.id));
  return { entities: entities.map((e) => e.entity), actors };
}
