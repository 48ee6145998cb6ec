// What PostgreSQL refuses because of a value, read from the error each driver really throws (pg and
// PGlite, wrapped by drizzle): a duplicate is a conflict, an unstorable value a malformed request,
// never an unknown error that would become a 500 (issue 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDatabaseError } from '@/db/errors';
import * as s from '@/db/schema';
import { createTestDb, type TestDb } from '../support/test-db';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await t.db.insert(s.units).values({ code: 'U1', name: 'Đơn vị thử', kind: 'division', validFrom: '2021-01-01' });
});
afterAll(() => t.close());

async function refusal(write: () => Promise<unknown>) {
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  return fromDatabaseError(error);
}

const unit = (values: Partial<typeof s.units.$inferInsert>) => () => t.db.insert(s.units).values({ code: 'U2', name: 'Đơn vị', kind: 'division', validFrom: '2021-01-01', ...values });

describe('a value PostgreSQL refuses', () => {
  it('reads a duplicate key (23505) as a conflict', async () => {
    expect(await refusal(unit({ code: 'U1' }))).toMatchObject({ code: 'conflict', messageKey: 'duplicate', details: { sqlState: '23505' } });
  });

  it('reads a missing reference (23503) as a conflict', async () => {
    expect(await refusal(unit({ parentId: 2_000_000 }))).toMatchObject({ code: 'conflict', messageKey: 'referenceChanged' });
  });

  it('reads NUL in text, an int4 overflow and a date out of range (class 22) as malformed', async () => {
    for (const values of [{ name: 'a\u0000b' }, { parentId: 2_147_483_648 }, { validFrom: '0000-01-01' }]) {
      const refused = await refusal(unit(values));
      expect(refused, JSON.stringify(values)).toMatchObject({ code: 'malformed', messageKey: 'valueRefused' });
      expect(String(refused?.details.sqlState)).toMatch(/^22/);
    }
  });

  it('reads a broken check constraint (23514) as invalid input', async () => {
    expect(await refusal(unit({ name: '   ' }))).toMatchObject({ code: 'invalid', details: { sqlState: '23514' } });
  });

  it('leaves other errors alone', () => {
    expect(fromDatabaseError(new Error('boom'))).toBeNull();
    expect(fromDatabaseError({ code: 'ECONNREFUSED' })).toBeNull();
  });
});
