// The one database handle. With DATABASE_URL: node-postgres on that server. Without it: an
// embedded PGlite whose data lives in .data/pglite (git-ignored). Both are drizzle PgDatabase
// objects over the same schema, so every query has one code path.
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ClientConfig } from 'pg';
import * as schema from './schema';
import { acquireDataDirLock, releaseDataDirLock } from './data-dir-lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

type Handle = { db: Db; kind: 'pglite' | 'postgres'; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { __khcnDb?: Promise<Handle> };

/** Where the embedded database keeps its files (PGLITE_DIR overrides it, e.g. for tests). */
export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite'));
}

export function databaseKind(): 'pglite' | 'postgres' {
  return process.env.DATABASE_URL ? 'postgres' : 'pglite';
}

async function openPostgres(url: string): Promise<Handle> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const connectMs = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 3000);
  // A new connection to a server that is down or unreachable fails fast (then 503).
  class Client extends pg.Client {
    constructor(config?: ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectMs });
    }
  }
  const pool = new pg.Pool({
    Client,
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    // The pool applies this to waiting for a free connection. Under a burst of users that wait is
    // queueing behind busy requests, not an outage: allowed longer than a connect, and bounded, so
    // nothing waits forever (tests/resilience/concurrent-users.test.ts).
    connectionTimeoutMillis: Math.max(connectMs, Number(process.env.DATABASE_POOL_WAIT_MS ?? 10_000)),
    idleTimeoutMillis: 30_000,
    statement_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000),
  });
  // An idle client that loses its server emits 'error'; without a listener it would crash the process.
  pool.on('error', () => {});
  const db = drizzle({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

async function openPglite(dataDir: string): Promise<Handle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const inMemory = dataDir === 'memory://';
  if (!inMemory) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    // PGlite has no lock of its own: two processes on one folder silently lose commits (PGLITE.md).
    acquireDataDirLock(dataDir);
  }
  try {
    const client = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { unaccent, pg_trgm } });
    const db = drizzle({ client, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        if (!inMemory) releaseDataDirLock(dataDir);
      },
    };
  } catch (error) {
    if (!inMemory) releaseDataDirLock(dataDir);
    throw error;
  }
}

/** Opens a handle without caching it: for tests and scripts that manage their own lifetime. */
export function openDatabase(options: { url?: string; dataDir?: string } = {}): Promise<Handle> {
  const url = options.url ?? process.env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite(options.dataDir ?? embeddedDataDir());
}

function handle(): Promise<Handle> {
  // Opened lazily, on first use, never at import: `next build` imports modules in workers.
  globalForDb.__khcnDb ??= openDatabase().catch((error: unknown) => {
    globalForDb.__khcnDb = undefined;
    throw error;
  });
  return globalForDb.__khcnDb;
}

/** The process-wide database, opened on first use and cached across dev reloads. */
export async function getDb(): Promise<Db> {
  return (await handle()).db;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.__khcnDb;
  globalForDb.__khcnDb = undefined;
  if (current) await (await current).close();
}
