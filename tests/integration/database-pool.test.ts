// The PostgreSQL pool's two time limits (db/client.ts): opening a connection to a server that does
// not answer fails after DATABASE_CONNECT_TIMEOUT_MS, while waiting for a free connection behind busy
// requests may last up to DATABASE_POOL_WAIT_MS, and only then fails. One limit for both turned a
// burst of users into 503s while the database was fine.
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '@/app/lib/database-unavailable';
import { openDatabase } from '@/db/client';
import { createTestDb, type TestDb } from '../support/test-db';

const LIMITS = { DATABASE_POOL_MAX: '1', DATABASE_CONNECT_TIMEOUT_MS: '500', DATABASE_POOL_WAIT_MS: '2000' };
const saved = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));

beforeAll(() => Object.assign(process.env, LIMITS));
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

async function failure(work: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - started };
}

describe('connecting to a server that never answers', () => {
  let silent: net.Server;
  const sockets: net.Socket[] = [];
  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails after the connect timeout, as the database being unavailable', async () => {
    // Accepts TCP connections and says nothing, like a host whose PostgreSQL hangs.
    silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const handle = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none` });
    const { error, ms } = await failure(handle.db.execute(sql`SELECT 1`));
    await handle.close().catch(() => {});
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(400);
    expect(ms).toBeLessThan(1_900);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('waiting for a free connection', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  it('outlasts the connect timeout, and gives up at the wait bound', async () => {
    const handle = await openDatabase({ url: t.url! });
    try {
      // The only connection is busy for 1 s: twice the connect timeout, half the wait bound.
      // drizzle runs a query when it is awaited or then'd: then() starts this one first.
      const busy = handle.db.execute(sql`SELECT pg_sleep(1)`).then((r) => r);
      const queued = await failure(handle.db.execute(sql`SELECT 1`));
      expect(queued.error).toBeUndefined();
      expect(queued.ms).toBeGreaterThanOrEqual(900);
      await busy;

      const longer = handle.db.execute(sql`SELECT pg_sleep(3)`).then((r) => r);
      const refused = await failure(handle.db.execute(sql`SELECT 1`));
      expect((refused.error as Error).cause).toHaveProperty('message', 'timeout exceeded when trying to connect');
      expect(isDatabaseUnavailable(refused.error)).toBe(true);
      expect(refused.ms).toBeGreaterThanOrEqual(1_900);
      await longer;
    } finally {
      await handle.close();
    }
  });
});
