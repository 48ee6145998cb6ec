// Shared by the resilience suite: databases a test owns (so it can keep them across a server kill
// or stop them), timed requests that never hang the test, signed-in sessions, and the figures the
// tests print (latency percentiles, the server's memory).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { migratePglite, migratePostgres } from '../../db/migrate';
import { queryRows } from '../../db/raw';
import { seedDatabase } from '../../db/seed/seed';
import { createPgDatabase, type AppServerOptions } from './app-server';
import { DEMO_PASSWORD, HttpClient } from './http-client';

export type Engine = 'postgres' | 'pglite';
export type DbHandle = Awaited<ReturnType<typeof openDatabase>>;

export type OwnDatabase = {
  engine: Engine;
  /** What startAppServer needs to serve this database (and leave it in place on stop). */
  serverOptions: AppServerOptions;
  /** A handle of the test's own; on PGlite only while no server holds the folder. */
  open: () => Promise<DbHandle>;
  /** Migrates and seeds it the way the app does at start, so a test can add to it first. */
  seed: (extra?: (handle: DbHandle) => Promise<void>) => Promise<void>;
  destroy: () => Promise<void>;
};

/** A new PostgreSQL database on `serverUrl`'s server, or a new PGlite folder. */
export async function ownDatabase(engine: Engine, serverUrl: string | undefined = process.env.DATABASE_URL): Promise<OwnDatabase> {
  if (engine === 'postgres') {
    const created = await createPgDatabase('khcn_res', serverUrl);
    const open = () => openDatabase({ url: created.url });
    return {
      engine,
      serverOptions: { databaseUrl: created.url },
      open,
      seed: (extra) => seedWith(open, () => migratePostgres(created.url), extra),
      destroy: created.drop,
    };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-res-'));
  const dataDir = path.join(tmp, 'pglite');
  const open = () => openDatabase({ url: '', dataDir });
  return {
    engine,
    serverOptions: { dataDir },
    open,
    seed: (extra) => seedWith(open, undefined, extra),
    destroy: async () => fs.rmSync(tmp, { recursive: true, force: true }),
  };
}

async function seedWith(open: () => Promise<DbHandle>, migrate: (() => Promise<void>) | undefined, extra?: (handle: DbHandle) => Promise<void>) {
  const handle = await open();
  try {
    if (migrate) await migrate();
    else await migratePglite(handle.db);
    await seedDatabase(handle.db, { demoPassword: DEMO_PASSWORD });
    await extra?.(handle);
  } finally {
    await handle.close();
  }
}

/** Runs `check` on a handle of its own and closes it. */
export async function withDb<T>(database: OwnDatabase, check: (handle: DbHandle) => Promise<T>): Promise<T> {
  const handle = await database.open();
  try {
    return await check(handle);
  } finally {
    await handle.close();
  }
}

export type Sample = {
  op: string;
  url: string;
  started: number;
  ended: number;
  /** 0 when no response came (connection refused or reset, or no answer within the hang bound). */
  status: number;
  error?: string;
  contentType: string | null;
  location: string | null;
  /** The parsed body of a JSON or problem+json response. */
  json?: unknown;
  /** The body of any other response, when it is short (an error page, not a full page). */
  text?: string;
};

/** Long enough that only a real hang reaches it; the tests assert much tighter bounds on each sample. */
export const HANG_MS = 30_000;

const SHORT_BODY = 20_000;

/** One request that always ends: with the response's status, or 0 and the reason. */
export async function timedRequest(client: HttpClient, op: string, url: string, init: RequestInit = {}): Promise<Sample> {
  const started = Date.now();
  try {
    const response = await client.fetch(url, { ...init, signal: AbortSignal.timeout(HANG_MS) });
    const contentType = response.headers.get('content-type');
    const text = await response.text();
    const json = contentType?.includes('json') && text ? (JSON.parse(text) as unknown) : undefined;
    const short = json === undefined && text.length <= SHORT_BODY ? text : undefined;
    return { op, url, started, ended: Date.now(), status: response.status, contentType, location: response.headers.get('location'), json, text: short };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    return { op, url, started, ended: Date.now(), status: 0, error: `${e.name}: ${e.cause?.code ?? e.message}`, contentType: null, location: null };
  }
}

export function postJson(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export const duration = (s: Sample) => s.ended - s.started;

export type LatencySummary = { count: number; p50: number; p99: number; max: number };

export function latency(samples: Sample[]): LatencySummary {
  const ms = samples.map(duration).sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  return { count: ms.length, p50: at(0.5), p99: at(0.99), max: ms.at(-1) ?? 0 };
}

/** Counts of samples by a key, e.g. "api 503", sorted for a stable printout. */
export function tally(samples: Sample[], key: (s: Sample) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[key(s)] = (counts[key(s)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** CPU time the process has used so far, in ms (user + system; Linux /proc, 100 ticks a second). */
export function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The server's resident memory now and at its peak, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** Signs in through next-auth's own endpoints; throws with the reason when refused. */
export async function signIn(baseUrl: string, email: string, password: string = DEMO_PASSWORD): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const result = await client.signIn(email, password);
  if (!result.ok) throw new Error(`Sign-in as ${email} failed: ${result.error} (${result.status})`);
  return client;
}

/** Another client (its own address) on the same signed-in session, like a second browser tab. */
export function sameSession(client: HttpClient): HttpClient {
  const copy = new HttpClient(client.baseUrl);
  for (const [name, value] of client.cookies) copy.cookies.set(name, value);
  return copy;
}

/** Runs `count` loops of `work` until stop() is called; stop() resolves when every loop has ended. */
export function startWorkers(count: number, work: (worker: number, running: () => boolean) => Promise<void>): { stop: () => Promise<void> } {
  let running = true;
  const loops = Promise.all(Array.from({ length: count }, (_, worker) => work(worker, () => running)));
  return {
    stop: async () => {
      running = false;
      await loops;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A marker unique to this run, carried by each write's note or body so the database can be searched for it. */
export function runMarker(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`;
}

export type MarkedWrite = { text: string; taskId: number; audited: boolean };

/**
 * The writes that carry `marker`, each with whether its audit row exists: progress reports (by
 * note), comments (by body), task edits (by the description their audit row records; the row is
 * all an overwritten edit leaves) and new tasks (by code).
 */
export async function writesMarked(handle: DbHandle, marker: string): Promise<MarkedWrite[]> {
  const pattern = `${marker}%`;
  return queryRows<MarkedWrite>(
    handle.db,
    sql`SELECT p.note AS text, p.task_id AS "taskId",
               EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'task' AND a.after->>'updateId' = p.id::text) AS audited
        FROM progress_updates p WHERE p.note LIKE ${pattern}
        UNION ALL
        SELECT c.body, c.task_id, EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'comment' AND a.entity_id = c.id::text)
        FROM comments c WHERE c.body LIKE ${pattern}
        UNION ALL
        SELECT a.after->>'description', a.entity_id::int, true
        FROM audit_log a WHERE a.entity = 'task' AND a.action = 'task.update' AND a.after->>'description' LIKE ${pattern}
        UNION ALL
        SELECT t.code, t.id, EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'task' AND a.action = 'task.create' AND a.entity_id = t.id::text)
        FROM tasks t WHERE t.code LIKE ${pattern}`,
  );
}

/**
 * Accepted writes (2xx) must be in the database exactly once with their audit rows. A write whose
 * outcome the client never learned (a reset connection, a 503 after the commit) may be there or not,
 * but nothing else may: returns the differences, empty when all is well.
 */
export function acceptedWriteProblems(found: MarkedWrite[], accepted: Iterable<string>, undecided: Iterable<string> = []): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const row of found) {
    counts.set(row.text, (counts.get(row.text) ?? 0) + 1);
    if (!row.audited) problems.push(`no audit row: ${row.text}`);
  }
  const acceptedSet = new Set(accepted);
  const undecidedSet = new Set(undecided);
  for (const text of acceptedSet) if (!counts.has(text)) problems.push(`accepted but missing: ${text}`);
  for (const [text, n] of counts) {
    if (n > 1) problems.push(`stored ${n} times: ${text}`);
    if (!acceptedSet.has(text) && !undecidedSet.has(text)) problems.push(`stored but refused: ${text}`);
  }
  return problems;
}
