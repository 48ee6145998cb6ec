// The audit log is append-only in the database itself (migration 0002).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '@/db/audit';
import { queryRows } from '@/db/raw';
import { createTestDb, type TestDb } from '../support/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await writeAudit(t.db, { actorId: null, action: 'test.create', entity: 'test', entityId: 1, after: { a: 1 } });
});
afterAll(() => t.close());

describe('audit_log', () => {
  it('accepts inserts', async () => {
    const [row] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log`);
    expect(row!.n).toBe(1);
  });

  it.each([
    ['UPDATE', sql`UPDATE audit_log SET action = 'forged'`],
    ['DELETE', sql`DELETE FROM audit_log`],
    ['TRUNCATE', sql`TRUNCATE audit_log`],
  ])('refuses %s', async (_name, statement) => {
    await expect(t.db.execute(statement)).rejects.toThrow();
    const rows = await queryRows<{ action: string }>(t.db, sql`SELECT action FROM audit_log`);
    expect(rows).toEqual([{ action: 'test.create' }]);
  });
});
