// Applies pending drizzle-kit migrations from db/migrations. Called when the app starts
// (instrumentation.ts), by `npm run db:migrate`, and by the tests on their fresh databases.
import path from 'node:path';
import type { Db } from './client';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

// Any constant works; it only has to be the same for every app instance.
const MIGRATION_LOCK_KEY = 726_150_2021;

/**
 * PostgreSQL: migrations run on a dedicated connection holding an advisory lock, so several app
 * instances starting together apply each migration once.
 */
export async function migratePostgres(url: string): Promise<void> {
  const { Client } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate(drizzle({ client }), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** PGlite: one process owns the data folder, so no lock is needed beyond that. */
export async function migratePglite(db: Db): Promise<void> {
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  await migrate(db as unknown as Parameters<typeof migrate>[0], { migrationsFolder });
}

export async function migrateDatabase(db: Db, url: string | undefined = process.env.DATABASE_URL): Promise<void> {
  if (url) await migratePostgres(url);
  else await migratePglite(db);
}
