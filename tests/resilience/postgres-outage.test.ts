// PostgreSQL stops while the app is under load (issue 6): every request ends within a few seconds
// (503 problem+json from the API, the 503 page for a page), /api/health says 503, the app serves
// again once PostgreSQL is back without being restarted, and no write is half-applied.
// The test runs its own PostgreSQL cluster, so stopping it disturbs nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { historyViolations } from '../support/history-invariant';
import { DEMO, type HttpClient } from '../support/http-client';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import {
  acceptedWriteProblems,
  duration,
  latency,
  ownDatabase,
  postJson,
  runMarker,
  signIn,
  sleep,
  startWorkers,
  tally,
  timedRequest,
  withDb,
  writesMarked,
  type OwnDatabase,
  type Sample,
} from '../support/resilience';

/** "Fails fast": no request may take longer than this, whether PostgreSQL is up, down or starting. */
const FAIL_FAST_MS = 5_000;
/** After PostgreSQL accepts connections again, the app must answer /api/health with 200 within this. */
const RECOVERY_MS = 10_000;
const READERS = 6;
const WRITERS = 4;

let cluster: PrivatePostgres;
let database: OwnDatabase;
let app: AppServer;

beforeAll(async () => {
  cluster = await startPrivatePostgres();
  database = await ownDatabase('postgres', cluster.url);
  app = await startAppServer({}, database.serverOptions);
});

afterAll(async () => {
  await app?.stop();
  await cluster?.destroy();
});

type TaskRow = { id: number; version: number; progress: number };

async function inProgressTasks(client: HttpClient, count: number): Promise<number[]> {
  const { status, body } = await client.json<{ items: TaskRow[] }>('/api/v1/tasks?status=in_progress&pageSize=50');
  expect(status).toBe(200);
  expect(body.items.length).toBeGreaterThanOrEqual(count);
  return body.items.slice(0, count).map((t) => t.id);
}

const isApi = (s: Sample) => s.op === 'api' || s.op === 'write' || s.op === 'health';
const isDatabaseUnavailableProblem = (s: Sample) =>
  s.status === 503 && !!s.contentType?.startsWith('application/problem+json') && (s.json as { type?: string })?.type === '/problems/database-unavailable';
const isUnavailablePage = (s: Sample) => s.status === 307 && !!s.location?.startsWith('/unavailable');
const succeeded = (s: Sample) => s.status === 200 || s.status === 201;
// A report sent with the version read before an outage, whose earlier write committed as the
// connection died (the writer saw 503), is refused as stale: the version check holding, not an error.
const refusedAsStale = (s: Sample) => s.op === 'write' && s.status === 409 && (s.json as { type?: string })?.type === '/problems/conflict';

describe('PostgreSQL stopped during load', () => {
  it('answers 503 within seconds while it is down, serves again when it is back, and leaves no half-applied write', async () => {
    const officer = await signIn(app.baseUrl, DEMO.officerQlkh);
    const leader = await signIn(app.baseUrl, DEMO.leader);
    const taskIds = await inProgressTasks(leader, WRITERS);
    const marker = runMarker('outage');
    const samples: Sample[] = [];
    const accepted: string[] = [];
    const undecided: string[] = [];
    let writes = 0;

    const reads = ['/', '/tasks', '/api/v1/tasks?pageSize=20', `/api/v1/tasks/${taskIds[0]}`, `/api/v1/tasks/${taskIds[0]}/updates`, '/api/v1/units'];
    const readers = startWorkers(READERS, async (worker, running) => {
      for (let i = worker; running(); i++) {
        const path = reads[i % reads.length]!;
        const sample = await timedRequest(worker % 2 ? leader : officer, path.startsWith('/api/') ? 'api' : 'page', path);
        samples.push(sample);
        if (!succeeded(sample)) await sleep(100);
      }
    });
    // Each writer reports on its own task, with the version it last read; while PostgreSQL is down
    // the read fails and the write is still sent (a user submitting a form that was already open).
    const writers = startWorkers(WRITERS, async (worker, running) => {
      const taskId = taskIds[worker]!;
      let task: TaskRow | undefined;
      while (running()) {
        const read = await timedRequest(leader, 'api', `/api/v1/tasks/${taskId}`);
        samples.push(read);
        if (read.status === 200) task = read.json as TaskRow;
        if (!task) continue;
        const note = `${marker}-${++writes}`;
        const write = await timedRequest(leader, 'write', `/api/v1/tasks/${taskId}/updates`, postJson({ version: task.version, progress: (task.progress % 99) + 1, note }));
        samples.push(write);
        (write.status === 201 ? accepted : undecided).push(note);
        if (write.status !== 201) await sleep(100);
      }
    });

    await sleep(2_000);
    const stopBegin = Date.now();
    await cluster.stop('immediate');
    const stopDone = Date.now();
    const health: Sample[] = [];
    for (let i = 0; i < 6; i++) {
      await sleep(500);
      health.push(await timedRequest(officer, 'health', '/api/health'));
    }
    // Where a page sent the browser while PostgreSQL was down.
    const redirected = samples.find((s) => s.started > stopDone && isUnavailablePage(s));
    const unavailablePage = redirected ? await timedRequest(officer, 'unavailable', redirected.location!) : undefined;
    const startBegin = Date.now();
    await cluster.start();
    const startDone = Date.now();
    let recovered = 0;
    while (!recovered && Date.now() - startDone < RECOVERY_MS + FAIL_FAST_MS) {
      const probe = await timedRequest(officer, 'health', '/api/health');
      health.push(probe);
      if (probe.status === 200) recovered = probe.ended;
      else await sleep(200);
    }
    await sleep(3_000);
    await readers.stop();
    await writers.stop();
    const all = [...samples, ...health];

    const before = all.filter((s) => s.ended < stopBegin);
    const down = all.filter((s) => s.started > stopDone && s.ended < startBegin);
    const after = all.filter((s) => recovered && s.started > recovered);
    const phase = (s: Sample) => (s.ended < stopBegin ? '1 before' : s.started > stopDone && s.ended < startBegin ? '2 down' : recovered && s.started > recovered ? '4 back' : '3 stopping/starting');
    console.log(
      `[postgres-outage] ${all.length} requests; stop took ${stopDone - stopBegin} ms, start ${startDone - startBegin} ms, ` +
        `app healthy ${recovered ? recovered - startDone : 'never'} ms after PostgreSQL was up\n` +
        `  by phase, kind and status: ${JSON.stringify(tally(all, (s) => `${phase(s)} ${s.op} ${s.status}`))}\n` +
        `  latency while down (ms): ${JSON.stringify(latency(down))}; overall: ${JSON.stringify(latency(all))}\n` +
        `  writes: ${accepted.length} accepted, ${undecided.length} refused or undecided`,
    );

    // No hang and no dropped connection, in any phase.
    expect(all.filter((s) => s.status === 0)).toEqual([]);
    expect(all.filter((s) => duration(s) > FAIL_FAST_MS).map((s) => `${s.op} ${s.status} ${duration(s)} ms`)).toEqual([]);
    // Up: everything works.
    expect(before.filter((s) => !succeeded(s))).toEqual([]);
    // Down: the API says 503 problem+json; a page sends the browser to the 503 page; so does /api/health.
    expect(down.filter(isApi).length).toBeGreaterThanOrEqual(20);
    expect(down.filter((s) => s.op === 'write').length).toBeGreaterThanOrEqual(1);
    expect(down.filter((s) => s.op === 'page').length).toBeGreaterThanOrEqual(3);
    expect(down.filter((s) => isApi(s) && !isDatabaseUnavailableProblem(s))).toEqual([]);
    expect(down.filter((s) => s.op === 'page' && !isUnavailablePage(s))).toEqual([]);
    expect(unavailablePage?.status).toBe(503);
    expect(unavailablePage?.contentType).toMatch(/^text\/html/);
    expect(unavailablePage?.text).toContain('Hệ thống tạm thời không kết nối được cơ sở dữ liệu');
    // Stopping and starting: the API never answers 500, only success or 503.
    expect(all.filter((s) => isApi(s) && !succeeded(s) && !isDatabaseUnavailableProblem(s) && !refusedAsStale(s))).toEqual([]);
    // Back: healthy within the bound, without restarting the app, and everything works again.
    expect(recovered, 'the app never became healthy again').toBeGreaterThan(0);
    expect(recovered - startDone).toBeLessThanOrEqual(RECOVERY_MS);
    expect(after.filter((s) => s.op === 'write').length).toBeGreaterThanOrEqual(WRITERS);
    expect(after.filter((s) => !succeeded(s) && !refusedAsStale(s))).toEqual([]);

    // Nothing half-applied: every task's history matches its audit rows, every accepted report is there once.
    await withDb(database, async (handle) => {
      expect(await historyViolations(handle.db)).toEqual([]);
      expect(acceptedWriteProblems(await writesMarked(handle, marker), accepted, undecided)).toEqual([]);
    });
    expect(accepted.length).toBeGreaterThan(WRITERS);
  });
});
