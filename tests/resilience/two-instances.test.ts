// Two production app instances over one PostgreSQL database, behind a small load balancer: the
// deployment of README.md "Several app instances", proved where one machine can prove it. Both
// start together on an empty database and migrate and seed it once; a session made on one works
// on the other and a sign-out on one ends it on both; a write on one is read at once on the other,
// which refuses the version it replaced (409), and its dashboard, cached per instance, counts a
// task created on the other at once; a Server Action of a page rendered by one runs on the other;
// the reminder job, running in both every second, raises and emails each reminder once.
// PostgreSQL only (DATABASE_URL): the embedded database belongs to one process (PGLITE.md).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan2021 } from '../../db/seed/plan-2021';
import { seedUnits, seedUsers } from '../../db/seed/units-users';
import { SignInPage } from '../e2e/pages/sign-in-page';
import { TaskPage } from '../e2e/pages/task-page';
import { createPgDatabase, startAppServer, type AppServer } from '../support/app-server';
import { launchBrowser, newContext } from '../support/browser';
import { DEMO, DEMO_PASSWORD, HttpClient } from '../support/http-client';
import { roundRobin, startLoadBalancer, type LoadBalancer } from '../support/load-balancer';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';

type Task = { id: number; title: string; version: number; progress: number };

const root = path.resolve(import.meta.dirname, '../..');
const journal = JSON.parse(fs.readFileSync(path.join(root, 'db/migrations/meta/_journal.json'), 'utf8')) as { entries: unknown[] };

let database: { url: string; drop: () => Promise<void> };
let sink: SmtpSink;
let balancer: LoadBalancer;
let a: AppServer;
let b: AppServer;
let db: pg.Client;
let browser: Browser | undefined;

// What every instance of one deployment shares; only the SMTP port differs here, so the test can
// tell which instance sent an email.
const shared = {
  AUTH_SECRET: `two-instances-${randomBytes(24).toString('hex')}`,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  // Every second (croner reads a sixth, leading field as seconds): many runs in each instance.
  REMINDER_CRON: '* * * * * *',
};

/** Starts A and B at the same moment, both behind the balancer, whose address is the public one. */
async function startBoth(): Promise<void> {
  const start = (smtpPort: number) =>
    startAppServer({ ...shared, NEXTAUTH_URL: balancer.url, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }, { databaseUrl: database.url });
  [a, b] = await Promise.all([start(sink.ports[0]!), start(sink.ports[1]!)]);
  balancer.targets.splice(0, balancer.targets.length, a.baseUrl, b.baseUrl);
}

const logOf = (server: AppServer) => fs.readFileSync(server.logFile, 'utf8');

async function one<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T> {
  return (await db.query<T>(text, values)).rows[0]!;
}

async function signedInOn(server: AppServer, email: string): Promise<HttpClient> {
  const client = new HttpClient(server.baseUrl);
  const result = await client.signIn(email);
  if (!result.ok) throw new Error(`Sign-in as ${email} on ${server.baseUrl} failed: ${result.error}`);
  return client;
}

/** The same signed-in browser session, sent to another instance: the cookie is all it has. */
function carriedTo(server: AppServer, client: HttpClient): HttpClient {
  const copy = new HttpClient(server.baseUrl, client.forwardedFor);
  for (const [name, value] of client.cookies) copy.cookies.set(name, value);
  return copy;
}

async function getTask(client: HttpClient, id: number): Promise<Task> {
  const { status, body } = await client.json<Task>(`/api/v1/tasks/${id}`);
  expect(status).toBe(200);
  return body;
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!process.env.DATABASE_URL)('two app instances over one PostgreSQL database', () => {
  beforeAll(async () => {
    database = await createPgDatabase('khcn_two');
    sink = await startSmtpSink(2);
    balancer = await startLoadBalancer();
    await startBoth();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await Promise.all([a?.stop(), b?.stop()]);
    await balancer?.close();
    await sink?.stop();
    await database?.drop();
  });

  it('start together on an empty database, which is migrated once and seeded once', async () => {
    const logs = [a, b].map(logOf);
    for (const log of logs) expect(log).toContain('[khcn] Database ready (postgres)');
    expect(logs.filter((log) => log.includes('Seeded the 2021 plan')).length).toBe(1);

    const counts = await one<Record<string, string>>(`
      SELECT (SELECT count(*) FROM drizzle.__drizzle_migrations) AS migrations,
             (SELECT count(*) FROM plans) AS plans, (SELECT count(*) FROM units) AS units,
             (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM tasks) AS tasks,
             (SELECT count(*) FROM audit_log WHERE action = 'seed.create') AS seed_audit,
             (SELECT count(*) FROM audit_log WHERE action = 'task.create') AS task_audit`);
    const seededTasks = plan2021.priorities.reduce((n, p) => n + p.tasks.length, 0);
    expect(counts).toEqual({
      migrations: String(journal.entries.length),
      plans: '1',
      units: String(seedUnits.length),
      users: String(seedUsers.length),
      tasks: String(seededTasks),
      seed_audit: String(seedUnits.length + seedUsers.length),
      task_audit: String(seededTasks),
    });
  });

  it('accept on B a session signed in on A, and end it on B when it signs out on A', async () => {
    const onA = await signedInOn(a, DEMO.viewer);
    const onB = carriedTo(b, onA);
    expect((await onB.session())?.user?.email).toBe(DEMO.viewer);
    expect((await onB.fetch('/api/v1/tasks?pageSize=1')).status).toBe(200);
    expect((await onB.fetch('/tasks')).status).toBe(200);

    const { body } = await onA.json<{ csrfToken: string }>('/api/auth/csrf');
    const signOut = await onA.fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken: body.csrfToken, json: 'true' }),
    });
    expect(signOut.status).toBe(200);
    // B holds the same cookie, unexpired: the session_version re-read from the database ends it.
    expect((await onB.fetch('/api/v1/tasks?pageSize=1')).status).toBe(401);
    expect((await onB.session())?.user).toBeUndefined();
    expect((await onB.fetch('/tasks')).headers.get('location')).toContain('/sign-in');
  });

  it('sign in through the balancer with the CSRF token from one instance and the credentials on the other', async () => {
    balancer.route = roundRobin(() => 2);
    const from = balancer.log.length;
    const client = new HttpClient(balancer.url);
    expect((await client.signIn(DEMO.officerTrangDinh)).ok).toBe(true);
    expect((await client.session())?.user?.email).toBe(DEMO.officerTrangDinh);
    const steps = balancer.log.slice(from);
    const csrf = steps.find((s) => s.path.startsWith('/api/auth/csrf'))!;
    const credentials = steps.find((s) => s.path.startsWith('/api/auth/callback/credentials'))!;
    expect(csrf.instance).not.toBe(credentials.instance);
  });

  it('read on B, at once, an edit made on A, and refuse on B with 409 the version A replaced', async () => {
    const leaderA = await signedInOn(a, DEMO.leader);
    const leaderB = carriedTo(b, leaderA);
    const { id } = await one<{ id: number }>(`SELECT id FROM tasks WHERE status = 'in_progress' ORDER BY id LIMIT 1`);
    const before = await getTask(leaderB, id);

    const title = `Sửa trên máy A ${randomBytes(3).toString('hex')}`;
    const edited = await leaderA.json<Task>(`/api/v1/tasks/${id}`, json('PATCH', { version: before.version, title }));
    expect(edited.status).toBe(200);
    expect(await getTask(leaderB, id)).toMatchObject({ title, version: before.version + 1 });
    expect(await (await leaderB.fetch(`/tasks/${id}`)).text()).toContain(title);
    const staleEdit = await leaderB.json(`/api/v1/tasks/${id}`, json('PATCH', { version: before.version, title: 'Bản cũ' }));
    expect(staleEdit.status).toBe(409);
    expect(staleEdit.response.headers.get('content-type')).toContain('application/problem+json');

    const progress = before.progress === 55 ? 56 : 55;
    const note = `Báo cáo gửi máy A ${randomBytes(3).toString('hex')}`;
    const update = await leaderA.json<Task>(`/api/v1/tasks/${id}/updates`, json('POST', { version: before.version + 1, progress, note }));
    expect(update.status).toBe(201);
    expect(await getTask(leaderB, id)).toMatchObject({ title, progress, version: before.version + 2 });
    expect(JSON.stringify((await leaderB.json(`/api/v1/tasks/${id}/updates`)).body)).toContain(note);
    const staleUpdate = await leaderB.json(`/api/v1/tasks/${id}/updates`, json('POST', { version: before.version + 1, progress: 90, note: 'Bản cũ' }));
    expect(staleUpdate.status).toBe(409);
    expect(await getTask(leaderA, id)).toMatchObject({ title, progress, version: before.version + 2 });
  });

  it("show on B's dashboard, whose figures each instance caches, a task created on A at once", async () => {
    const leaderA = await signedInOn(a, DEMO.leader);
    const leaderB = carriedTo(b, leaderA);
    // "Đã hoàn thành {completed}/{total} nhiệm vụ; …": the headline sentence of the dashboard.
    const total = async (client: HttpClient) => {
      const html = await (await client.fetch('/')).text();
      return Number(/Đã hoàn thành \d+\/(\d+) nhiệm vụ/.exec(html)?.[1]);
    };
    const before = await total(leaderB);
    expect(before).toBeGreaterThan(0);
    expect(await total(leaderB)).toBe(before); // now from B's cache
    const { priority_id, unit_id } = await one<{ priority_id: number; unit_id: number }>(
      `SELECT (SELECT id FROM priorities ORDER BY sort_order LIMIT 1) AS priority_id, (SELECT id FROM units WHERE code = 'QLKH') AS unit_id`,
    );
    const created = await leaderA.json('/api/v1/tasks', json('POST', { priorityId: priority_id, code: 'HAI-MAY', title: 'Tạo trên máy A', leadUnitId: unit_id, startDate: '2021-10-01', dueDate: '2021-12-31' }));
    expect(created.status).toBe(201);
    expect(await total(leaderB)).toBe(before + 1);
    expect(await total(leaderA)).toBe(before + 1);
  });

  it('run on B the Server Actions of a task page that A rendered', async () => {
    // The page, its assets and navigations come from A; every Server Action POST goes to B.
    balancer.route = (request) => (request.headers['next-action'] ? 1 : 0);
    const { id } = await one<{ id: number }>(`SELECT id FROM tasks WHERE status = 'in_progress' ORDER BY id OFFSET 1 LIMIT 1`);
    browser = await launchBrowser();
    const context = await newContext(browser, balancer.url);
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.leader, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const taskPage = new TaskPage(page);
    await taskPage.open(id);
    const from = balancer.log.length;

    const comment = `Ý kiến gửi qua máy B ${randomBytes(3).toString('hex')}`;
    await page.getByLabel('Ý kiến của bạn').fill(comment);
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gửi ý kiến.' }).waitFor();
    await page.getByText(comment).waitFor();

    const note = `Báo cáo gửi qua máy B ${randomBytes(3).toString('hex')}`;
    await taskPage.postUpdate({ progress: 61, note });
    await taskPage.updates().getByText(note).waitFor({ timeout: 20_000 });

    const actions = balancer.log.slice(from).filter((f) => f.serverAction);
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(actions.every((f) => f.instance === 1 && f.method === 'POST' && f.status === 200)).toBe(true);
    expect(balancer.log.slice(from).filter((f) => !f.serverAction && f.instance !== 0)).toEqual([]);

    // Both instances read the result from the database, and A renders it on a fresh load.
    const adminA = await signedInOn(a, DEMO.admin);
    for (const client of [adminA, carriedTo(b, adminA)]) {
      expect(JSON.stringify((await client.json(`/api/v1/tasks/${id}/comments`)).body)).toContain(comment);
      expect(await getTask(client, id)).toMatchObject({ progress: 61 });
    }
    await page.reload();
    await page.getByText(comment).waitFor();
    await taskPage.updates().getByText(note).waitFor();
    await context.close();
  });

  it('restart together, keep the sessions, and seed once a plan the database lacks', async () => {
    const before = await signedInOn(a, DEMO.officerQlkh);
    await Promise.all([a.stop(), b.stop()]);
    // A release whose seed brings a plan the database has not got: the seed matches its plan by
    // year and title, so renamed, the 2021 plan reads as missing while its units and accounts are
    // there — nothing but the seed's lock makes one instance wait for the other.
    await db.query(`UPDATE plans SET title = title || ' (bản trước)'`);
    await startBoth();

    const logs = [a, b].map(logOf);
    for (const log of logs) expect(log).toContain('[khcn] Database ready (postgres)');
    expect(logs.filter((log) => log.includes('Seeded the 2021 plan')).length).toBe(1);
    const counts = await one<Record<string, string>>(
      `SELECT (SELECT count(*) FROM plans) AS plans, (SELECT count(*) FROM plans WHERE title = $1) AS current,
              (SELECT count(*) FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.title = $1) AS tasks,
              (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM users) AS users`,
      [plan2021.title],
    );
    const seededTasks = plan2021.priorities.reduce((n, p) => n + p.tasks.length, 0);
    expect(counts).toEqual({ plans: '2', current: '1', tasks: String(seededTasks), units: String(seedUnits.length), users: String(seedUsers.length) });
    // The session is in its cookie and in the database, not in the processes that were stopped.
    expect((await carriedTo(b, before).session())?.user?.email).toBe(DEMO.officerQlkh);
  });

  it('raise and email every reminder exactly once with the job running in both instances', async () => {
    for (const server of [a, b]) expect(logOf(server)).toContain('[khcn] Reminder job scheduled (* * * * * *');
    // New tasks of Tràng Định with no owner, due in 3 days (SEED_TODAY is 2021-10-15): each raises a
    // deadline_3 reminder for every officer of the unit, in whichever instance runs first.
    const { unit_id, priority_id } = await one<{ unit_id: number; priority_id: number }>(
      `SELECT (SELECT id FROM units WHERE code = 'TD') AS unit_id,
              (SELECT pr.id FROM priorities pr JOIN plans p ON p.id = pr.plan_id WHERE p.title = $1 ORDER BY pr.sort_order LIMIT 1) AS priority_id`,
      [plan2021.title],
    );
    const officers = (
      await db.query<{ email: string }>(`SELECT email FROM users WHERE unit_id = $1 AND role = 'officer' AND NOT disabled ORDER BY email`, [unit_id])
    ).rows.map((r) => r.email);
    expect(officers.length).toBeGreaterThan(0);
    const leaders = [await signedInOn(a, DEMO.leader), await signedInOn(b, DEMO.leader)];
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        leaders[i % 2]!.json<Task>(
          '/api/v1/tasks',
          json('POST', { priorityId: priority_id, code: `NHAC-${i}`, title: `Nhắc hạn ${i}`, leadUnitId: unit_id, startDate: '2021-10-01', dueDate: '2021-10-18' }),
        ),
      ),
    );
    expect(created.map((c) => c.status)).toEqual(Array(24).fill(201));
    const taskIds = created.map((c) => c.body.id);

    const pending = async () =>
      Number((await one<{ n: string }>(`SELECT count(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.emailed_at IS NULL AND NOT u.disabled`)).n);
    const raised = async () => Number((await one<{ n: string }>(`SELECT count(*) AS n FROM notifications WHERE task_id = ANY($1)`, [taskIds])).n);
    await waitFor('the new reminders to be raised and emailed', async () => (await raised()) === taskIds.length * officers.length && (await pending()) === 0);
    // Several more runs in each instance: none may send anything again.
    const settled = sink.received.length;
    await new Promise((r) => setTimeout(r, 3500));
    expect(sink.received.length).toBe(settled);

    const deliveries = new Map<number, number>();
    for (const d of sink.received) deliveries.set(d.notificationId, (deliveries.get(d.notificationId) ?? 0) + 1);
    expect([...deliveries].filter(([, times]) => times !== 1)).toEqual([]);
    const emailed = (await db.query<{ id: number }>(`SELECT id FROM notifications WHERE emailed_at IS NOT NULL ORDER BY id`)).rows.map((r) => r.id);
    expect([...deliveries.keys()].sort((x, y) => x - y)).toEqual(emailed);

    const reminders = await db.query<{ task_id: number; kind: string; email: string; emailed: boolean }>(
      `SELECT n.task_id, n.kind, u.email, n.emailed_at IS NOT NULL AS emailed FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.task_id = ANY($1) ORDER BY n.task_id, u.email`,
      [taskIds],
    );
    expect(reminders.rows).toEqual(
      [...taskIds].sort((x, y) => x - y).flatMap((taskId) => officers.map((email) => ({ task_id: taskId, kind: 'deadline_3', email, emailed: true }))),
    );
    const byInstance = sink.ports.map((port) => sink.received.filter((d) => d.port === port).length);
    console.log(`[two-instances] ${emailed.length} notification email(s), each sent once: ${byInstance[0]} by A, ${byInstance[1]} by B.`);
  });
});
