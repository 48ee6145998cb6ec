// A fresh, migrated database for one test file: in-memory PGlite by default, a clone of this run's
// template database on PostgreSQL when DATABASE_URL is set. Never a mock.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Db } from '../../db/client';
import { migratePglite } from '../../db/migrate';
import { seedDatabase } from '../../db/seed/seed';
import { adminUrl, databaseUrl } from './pg-urls';

export const TEST_PASSWORD = 'LangSon@2021';

export type TestDb = { db: Db; kind: 'pglite' | 'postgres'; url?: string; close: () => Promise<void> };

export async function createTestDb(options: { seed?: boolean } = {}): Promise<TestDb> {
  const base = process.env.DATABASE_URL;
  let testDb: TestDb;
  if (base) {
    const template = inject('pgTemplate');
    const name = `${template}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl(base) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const url = databaseUrl(base, name);
    const handle = await openDatabase({ url });
    testDb = {
      db: handle.db,
      kind: 'postgres',
      url,
      close: async () => {
        await handle.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  } else {
    const handle = await openDatabase({ url: '', dataDir: 'memory://' });
    await migratePglite(handle.db);
    testDb = { db: handle.db, kind: 'pglite', close: handle.close };
  }
  if (options.seed) await seedDatabase(testDb.db, { demoPassword: TEST_PASSWORD });
  return testDb;
}
