// The app is killed with SIGKILL in the middle of a burst of writes (issue 6). After a restart on
// the same database every write that was answered 2xx is there, once, with its audit row, and no
// write is half-applied. On PostgreSQL (when the run has DATABASE_URL) and on the embedded PGlite,
// whose folder lock the restarted server must take over from the dead one.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../support/app-server';
import { historyViolations } from '../support/history-invariant';
import { DEMO, type HttpClient } from '../support/http-client';
import {
  acceptedWriteProblems,
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
  type Engine,
  type OwnDatabase,
  type Sample,
} from '../support/resilience';

const WRITERS = 24;
/** The kill comes once this many writes were accepted, so it lands in the middle of the burst. */
const ACCEPTED_BEFORE_KILL = 40;
const HOT_TASKS = 6;

const engines: Engine[] = process.env.DATABASE_URL ? ['postgres', 'pglite'] : ['pglite'];

type TaskRow = { id: number; version: number; progress: number; leadUnitId: number };
type Write = { kind: string; text: string; send: () => Promise<Sample> };

describe.each(engines)('the app killed during a burst of writes (%s)', (engine) => {
  let database: OwnDatabase;
  let app: AppServer;

  beforeAll(async () => {
    database = await ownDatabase(engine);
    app = await startAppServer({}, database.serverOptions);
  });

  afterAll(async () => {
    await app?.stop();
    await database?.destroy();
  });

  async function setting(leader: HttpClient) {
    const units = await leader.json<{ items: { id: number; code: string }[] }>('/api/v1/units');
    const plans = await leader.json<{ items: { id: number; year: number }[] }>('/api/v1/plans');
    const planId = plans.body.items.find((p) => p.year === 2021)!.id;
    const priorities = await leader.json<{ items: { id: number }[] }>(`/api/v1/priorities?plan=${planId}`);
    const tasks = await leader.json<{ items: TaskRow[] }>(`/api/v1/tasks?plan=${planId}&status=in_progress&pageSize=50`);
    expect(tasks.body.items.length).toBeGreaterThanOrEqual(HOT_TASKS);
    return {
      qlkhId: units.body.items.find((u) => u.code === 'QLKH')!.id,
      priorityId: priorities.body.items[0]!.id,
      taskIds: tasks.body.items.slice(0, HOT_TASKS).map((t) => t.id),
    };
  }

  it('keeps every accepted write, with its audit row, and no partial one', async () => {
    const leader = await signIn(app.baseUrl, DEMO.leader);
    const { qlkhId, priorityId, taskIds } = await setting(leader);
    const marker = runMarker(`kill${engine === 'pglite' ? 'l' : 'p'}`);
    const samples: Sample[] = [];
    const accepted: string[] = [];
    const undecided: string[] = [];
    let serial = 0;

    /** One write of a mix: mostly progress reports on a few tasks, also edits, comments and new tasks. */
    async function nextWrite(worker: number): Promise<Write> {
      const taskId = taskIds[(worker + serial) % taskIds.length]!;
      const text = `${marker}-${++serial}`;
      const choice = serial % 10;
      if (choice < 2) return { kind: 'comment', text, send: () => timedRequest(leader, 'comment', `/api/v1/tasks/${taskId}/comments`, postJson({ body: text })) };
      if (choice < 3) {
        const body = { priorityId, code: text, title: `Nhiệm vụ ${text}`, leadUnitId: qlkhId, startDate: '2021-03-01', dueDate: '2021-12-15' };
        return { kind: 'create', text, send: () => timedRequest(leader, 'create', '/api/v1/tasks', postJson(body)) };
      }
      const read = await timedRequest(leader, 'read', `/api/v1/tasks/${taskId}`);
      samples.push(read);
      const task = read.json as TaskRow | undefined;
      if (read.status !== 200 || !task) return { kind: 'none', text, send: async () => read };
      if (choice < 4) {
        return { kind: 'edit', text, send: () => timedRequest(leader, 'edit', `/api/v1/tasks/${taskId}`, postJson({ version: task.version, description: text }, 'PATCH')) };
      }
      const report = { version: task.version, progress: (task.progress % 99) + 1, note: text };
      return { kind: 'report', text, send: () => timedRequest(leader, 'report', `/api/v1/tasks/${taskId}/updates`, postJson(report)) };
    }

    const burst = startWorkers(WRITERS, async (worker, running) => {
      while (running()) {
        const write = await nextWrite(worker);
        if (write.kind === 'none') continue;
        const sample = await write.send();
        samples.push(sample);
        if (sample.status >= 200 && sample.status < 300) accepted.push(write.text);
        else if (sample.status === 0 || sample.status >= 500) undecided.push(write.text);
      }
    });
    const giveUp = Date.now() + 60_000;
    while (accepted.length < ACCEPTED_BEFORE_KILL && Date.now() < giveUp && !samples.some((s) => s.status === 0 || s.status >= 500)) await sleep(20);
    const killedAt = Date.now();
    const killedPid = app.pid;
    await app.kill();
    await burst.stop();
    const inFlight = samples.filter((s) => s.started < killedAt && s.ended >= killedAt);

    const restartBegin = Date.now();
    await app.restart();
    const restartMs = Date.now() - restartBegin;
    console.log(
      `[app-killed ${engine}] ${samples.length} requests, ${accepted.length} writes accepted before the SIGKILL of pid ${killedPid}, ` +
        `${inFlight.length} in flight when it landed; restarted (pid ${app.pid}) in ${restartMs} ms\n` +
        `  by kind and status: ${JSON.stringify(tally(samples, (s) => `${s.op} ${s.status}`))}`,
    );

    // The kill landed mid-burst: requests were cut off, and none had failed before it.
    expect(inFlight.filter((s) => s.status === 0).length).toBeGreaterThan(0);
    expect(samples.filter((s) => s.ended < killedAt && (s.status === 0 || s.status >= 500))).toEqual([]);
    expect(accepted.length).toBeGreaterThanOrEqual(ACCEPTED_BEFORE_KILL);
    if (engine === 'pglite') expect(fs.readFileSync(`${database.serverOptions.dataDir}.lock`, 'utf8')).toBe(String(app.pid));

    // The restarted server serves the same sessions and takes writes again.
    const again = await timedRequest(leader, 'read', `/api/v1/tasks/${taskIds[0]}`);
    expect(again.status).toBe(200);
    const after = again.json as TaskRow;
    const note = `${marker}-after-restart`;
    expect((await timedRequest(leader, 'report', `/api/v1/tasks/${after.id}/updates`, postJson({ version: after.version, progress: (after.progress % 99) + 1, note }))).status).toBe(201);
    accepted.push(note);

    // PGlite admits one process: the server lets go of the folder before the test reads it.
    await app.stop();
    await withDb(database, async (handle) => {
      expect(await historyViolations(handle.db)).toEqual([]);
      expect(acceptedWriteProblems(await writesMarked(handle, marker), accepted, undecided)).toEqual([]);
    });
  });
});
