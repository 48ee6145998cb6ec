// Writes the audit row of a change, inside the caller's transaction (STYLE.md pattern 3).
import type { Db, Tx } from './client';
import { auditLog } from './schema';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: number | string;
  taskId?: number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

export async function writeAudit(tx: Tx | Db, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    taskId: entry.taskId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
  });
}

/** The fields that changed between two versions of a row, as { before, after } for the audit log. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
