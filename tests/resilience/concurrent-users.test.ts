// 200 concurrent users for 60 seconds mixing reads and writes on the same few tasks (issue 6):
// zero 5xx, zero lost updates (every report carries the version it read; 409s are expected, and
// every 2xx write is stored exactly once), and no request left waiting on an exhausted connection
// pool. The users are real accounts signed in through next-auth, each acting every 2–6 s (a busy
// user; with no pause at all, 200 clients only measure how long requests queue on 2 cores).
// Prints throughput, latency percentiles, the server's CPU and memory.
// Always on PostgreSQL, the production database: the run's server, or a private cluster. The
// embedded PGlite (one connection, for a small office) is covered by app-killed.test.ts.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/raw';
import { changeOwnPassword, createAccount } from '@/db/queries/accounts';
import type { Viewer } from '@/db/policy';
import { startAppServer, type AppServer } from '../support/app-server';
import { historyViolations } from '../support/history-invariant';
import type { HttpClient } from '../support/http-client';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import {
  acceptedWriteProblems,
  cpuMsOf,
  duration,
  latency,
  memoryOf,
  ownDatabase,
  postJson,
  runMarker,
  sameSession,
  signIn,
  sleep,
  startWorkers,
  tally,
  timedRequest,
  withDb,
  writesMarked,
  type DbHandle,
  type OwnDatabase,
  type Sample,
} from '../support/resilience';

const USERS = 200;
const LOAD_MS = 60_000;
const THINK_MIN_MS = 2_000;
const THINK_MAX_MS = 6_000;
const OFFICERS = 30;
const LEADERS = 10;
const HOT_TASKS = 4;
/**
 * Generous: above the pool's 10 s bound on waiting for a connection (db/client.ts), so a request
 * stuck behind an exhausted pool shows as a 503 or crosses this, and a hang certainly does.
 */
const REQUEST_BOUND_MS = 15_000;
/** Far above what the server needs here (a few hundred MB); memory kept per queued request crosses it. */
const PEAK_MEMORY_MB = 1_500;
const PASSWORD = 'Resilience-2021!';
const FIRST_PASSWORD = 'Temporary-2021!';

type TaskRow = { id: number; version: number; progress: number };

let cluster: PrivatePostgres | undefined;
let database: OwnDatabase;
let app: AppServer;
let hotTaskIds: number[];
const emails: string[] = [];

/**
 * Officers of Phòng QLKH and leaders, created as an administrator would (createAccount) and past
 * their first sign-in (changeOwnPassword), so pages serve them instead of the password form.
 * The hot tasks are open tasks that involve Phòng QLKH, so every user may report on them.
 */
async function createUsers({ db }: DbHandle): Promise<void> {
  const [admin] = await queryRows<Viewer & { unit_id: number }>(db, sql`SELECT id, role, unit_id, name, email FROM users WHERE role = 'admin' ORDER BY id LIMIT 1`);
  const [qlkh] = await queryRows<{ id: number }>(db, sql`SELECT id FROM units WHERE code = 'QLKH'`);
  const adminViewer: Viewer = { id: admin!.id, role: admin!.role, unitId: admin!.unit_id, name: admin!.name, email: admin!.email };
  const people = [
    ...Array.from({ length: OFFICERS }, (_, i) => ({ email: `res-officer-${i}@khcn.langson.gov.vn`, role: 'officer' as const })),
    ...Array.from({ length: LEADERS }, (_, i) => ({ email: `res-leader-${i}@khcn.langson.gov.vn`, role: 'leader' as const })),
  ];
  await Promise.all(
    people.map(async ({ email, role }, i) => {
      const account = await createAccount(db, adminViewer, { email, name: `Người dùng thử ${i}`, role, unitId: qlkh!.id, password: FIRST_PASSWORD });
      const viewer: Viewer = { id: account.id, role, unitId: qlkh!.id, name: account.name, email };
      await changeOwnPassword(db, viewer, { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD });
      emails.push(email);
    }),
  );
  const tasks = await queryRows<{ id: number }>(
    db,
    sql`SELECT t.id FROM tasks t
        WHERE t.status IN ('in_progress', 'not_started')
          AND (t.lead_unit_id = ${qlkh!.id} OR EXISTS (SELECT 1 FROM task_supporting_units s WHERE s.task_id = t.id AND s.unit_id = ${qlkh!.id}))
        ORDER BY t.id LIMIT ${HOT_TASKS}`,
  );
  hotTaskIds = tasks.map((t) => t.id);
}

beforeAll(async () => {
  const serverUrl = process.env.DATABASE_URL ?? (cluster = await startPrivatePostgres()).url;
  database = await ownDatabase('postgres', serverUrl);
  await database.seed(createUsers);
  app = await startAppServer({}, database.serverOptions);
});

afterAll(async () => {
  await app?.stop();
  await database?.destroy();
  await cluster?.destroy();
});

/** Signs every account in through next-auth, a few at a time (each sign-in is an argon2 verification). */
async function signInAll(): Promise<HttpClient[]> {
  const sessions: HttpClient[] = [];
  for (let i = 0; i < emails.length; i += 8) {
    sessions.push(...(await Promise.all(emails.slice(i, i + 8).map((email) => signIn(app.baseUrl, email, PASSWORD)))));
  }
  return sessions;
}

/** The peak number of the app's connections to its database, sampled every half second. */
function watchConnections(url: string): { stop: () => Promise<number> } {
  const client = new pg.Client({ connectionString: url });
  const name = new URL(url).pathname.slice(1);
  let peak = 0;
  let watching = true;
  const loop = (async () => {
    await client.connect();
    while (watching) {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      peak = Math.max(peak, rows[0]!.n);
      await sleep(500);
    }
    await client.end();
  })();
  return {
    stop: async () => {
      watching = false;
      await loop;
      return peak;
    },
  };
}

async function versions(client: HttpClient): Promise<Map<number, number>> {
  const found = new Map<number, number>();
  for (const id of hotTaskIds) found.set(id, (await client.json<TaskRow>(`/api/v1/tasks/${id}`)).body.version);
  return found;
}

type LoadResult = {
  samples: Sample[];
  /** The notes and bodies of the reports and comments answered 2xx. */
  accepted: string[];
  /** Per task, the version each accepted report was based on. */
  acceptedVersions: Map<number, number[]>;
  burstAt: number;
};

/**
 * Each user, after a random start, repeats one action and a pause: a page (25%: dashboard, task
 * list, a hot task's page), an API read (35%), a comment (5%), or a progress report (35%: read
 * the task, then post with the version read). Halfway through, all of them act at once.
 */
async function runUsers(clients: HttpClient[], marker: string): Promise<LoadResult> {
  const result: LoadResult = { samples: [], accepted: [], acceptedVersions: new Map(hotTaskIds.map((id) => [id, []])), burstAt: 0 };
  const { samples } = result;
  let serial = 0;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
  const hot = () => pick(hotTaskIds);

  async function report(client: HttpClient): Promise<void> {
    const taskId = hot();
    const read = await timedRequest(client, 'api', `/api/v1/tasks/${taskId}`);
    samples.push(read);
    if (read.status !== 200) return;
    const task = read.json as TaskRow;
    const note = `${marker}-${++serial}`;
    const write = await timedRequest(client, 'report', `/api/v1/tasks/${taskId}/updates`, postJson({ version: task.version, progress: (task.progress % 99) + 1, note }));
    samples.push(write);
    if (write.status !== 201) return;
    result.accepted.push(note);
    result.acceptedVersions.get(taskId)!.push(task.version);
  }

  async function comment(client: HttpClient): Promise<void> {
    const body = `${marker}-${++serial}`;
    const write = await timedRequest(client, 'comment', `/api/v1/tasks/${hot()}/comments`, postJson({ body }));
    samples.push(write);
    if (write.status === 201) result.accepted.push(body);
  }

  // Halfway, every user who is pausing acts at once (everyone opening the app at 9:00): some 200
  // requests queue for the pool's connections together.
  result.burstAt = Date.now() + LOAD_MS / 2;
  const users = startWorkers(clients.length, async (i, running) => {
    const client = clients[i]!;
    await sleep(Math.random() * THINK_MAX_MS);
    while (running()) {
      const dice = Math.random();
      if (dice < 0.25) samples.push(await timedRequest(client, 'page', pick(['/', '/tasks', `/tasks/${hot()}`, `/tasks/${hot()}`])));
      else if (dice < 0.6) samples.push(await timedRequest(client, 'api', pick([`/api/v1/tasks/${hot()}`, '/api/v1/tasks?pageSize=20', `/api/v1/tasks/${hot()}/updates`])));
      else if (dice < 0.65) await comment(client);
      else await report(client);
      const pause = THINK_MIN_MS + Math.random() * (THINK_MAX_MS - THINK_MIN_MS);
      const untilBurst = result.burstAt - Date.now();
      await sleep(untilBurst > 0 ? Math.min(pause, untilBurst) : pause);
    }
  });
  await sleep(LOAD_MS);
  await users.stop();
  return result;
}

describe('200 concurrent users for 60 seconds on PostgreSQL', () => {
  it('gives no 5xx, loses no update, and answers every request within the bound', async () => {
    expect(hotTaskIds).toHaveLength(HOT_TASKS);
    const sessions = await signInAll();
    const clients = Array.from({ length: USERS }, (_, i) => sameSession(sessions[i % sessions.length]!));
    const initial = await versions(sessions[0]!);
    const marker = runMarker('users');

    const memoryBefore = memoryOf(app.pid);
    const cpuBefore = cpuMsOf(app.pid);
    const connections = watchConnections(database.serverOptions.databaseUrl!);
    const { samples, accepted, acceptedVersions, burstAt } = await runUsers(clients, marker);
    const peakConnections = await connections.stop();
    const cpuMs = cpuMsOf(app.pid) - cpuBefore;
    const memoryAfter = memoryOf(app.pid);
    const final = await versions(sessions[0]!);

    const reports = samples.filter((s) => s.op === 'report');
    const burst = samples.filter((s) => s.started >= burstAt && s.started < burstAt + 100);
    const slowest = [...samples].sort((a, b) => duration(b) - duration(a)).slice(0, 3);
    console.log(
      `[concurrent-users] ${USERS} users on ${sessions.length} signed-in accounts, ${LOAD_MS / 1000} s: ${samples.length} requests (${Math.round(samples.length / (LOAD_MS / 1000))}/s)\n` +
        `  by kind and status: ${JSON.stringify(tally(samples, (s) => `${s.op} ${s.status}`))}\n` +
        `  latency ms, all: ${JSON.stringify(latency(samples))}; slowest: ${slowest.map((s) => `${s.url} ${duration(s)}`).join(', ')}\n` +
        `  the burst: ${burst.length} requests within 100 ms, latency ms ${JSON.stringify(latency(burst))}\n` +
        `  latency ms by kind: ${JSON.stringify(Object.fromEntries(['page', 'api', 'report', 'comment'].map((op) => [op, latency(samples.filter((s) => s.op === op))])))}\n` +
        `  reports: ${reports.filter((s) => s.status === 201).length} accepted, ${reports.filter((s) => s.status === 409).length} refused as stale (409)\n` +
        `  server CPU: ${(cpuMs / 1000).toFixed(1)} s in ${LOAD_MS / 1000} s (${Math.round((cpuMs / LOAD_MS) * 100)}% of one core), ${(cpuMs / samples.length).toFixed(1)} ms a request\n` +
        `  server memory MB: before ${JSON.stringify(memoryBefore)}, after ${JSON.stringify(memoryAfter)}; peak PostgreSQL connections of the app: ${peakConnections}`,
    );

    // Zero 5xx, nothing dropped, nothing waiting beyond the bound.
    expect(samples.filter((s) => s.status === 0 || s.status >= 500).map((s) => `${s.url} ${s.status} ${s.error ?? ''}`)).toEqual([]);
    expect(samples.filter((s) => duration(s) > REQUEST_BOUND_MS).map((s) => `${s.url} ${s.status} ${duration(s)} ms`)).toEqual([]);
    // Everything else is success, or 409 for a report based on a version someone else had already changed.
    expect(samples.filter((s) => !(s.status === 200 || s.status === 201 || (s.op === 'report' && s.status === 409)))).toEqual([]);
    expect(reports.some((s) => s.status === 201) && reports.some((s) => s.status === 409)).toBe(true);
    expect(burst.length).toBeGreaterThanOrEqual(USERS / 4);
    // No lost update: no two accepted reports on a task were based on one version, and each
    // task's version moved by exactly its accepted reports.
    for (const [taskId, based] of acceptedVersions) {
      expect(new Set(based).size, `task ${taskId}`).toBe(based.length);
      expect(final.get(taskId)! - initial.get(taskId)!, `task ${taskId}`).toBe(based.length);
    }
    expect(memoryAfter.peakMb).toBeLessThan(PEAK_MEMORY_MB);

    // Exactly the accepted writes are stored, each with its audit row; every history is whole.
    await withDb(database, async (handle) => {
      expect(acceptedWriteProblems(await writesMarked(handle, marker), accepted)).toEqual([]);
      expect(await historyViolations(handle.db)).toEqual([]);
    });
  });
});
