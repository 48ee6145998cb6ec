// The reminder job on a real database and a real SMTP server (smtp-server on 127.0.0.1): a task
// due in 3 days yields one in-app notification and one email however often (and however
// concurrently) the job runs; finished tasks get nothing; a failed send is retried later.
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '@/app/lib/mailer';
import { reminderDedupeKey, reminderFor } from '@/db/domain/reminders';
import type { Viewer } from '@/db/policy';
import { recordProgress, reviewCompletion } from '@/db/queries/progress';
import { dueReminders, runReminders, sendPendingEmails, type Mailer } from '@/db/queries/reminders';
import { changeTaskState, createTask } from '@/db/queries/task-writes';
import type { TaskDto } from '@/db/queries/tasks';
import { queryRows } from '@/db/raw';
import type { TaskStatus } from '@/db/schema';
import { freePort } from '../../scripts/free-port';
import { createTestDb, type TestDb } from '../support/test-db';

const TODAY = '2021-10-15';
const IN_3_DAYS = '2021-10-18';
const BASE_URL = 'https://khcn.example.gov.vn';

type Received = { to: string[]; subject: string; notificationId: number; text: string };

// ── A local SMTP server that keeps what it receives ─────────────────────────────────────────

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), adjacent ones joined before decoding. */
function decodeHeader(value: string): string {
  const parts = value.split(/(=\?[^?]+\?[bBqQ]\?[^?]*\?=)/);
  let out = '';
  let bytes: Buffer[] = [];
  const flush = () => {
    out += Buffer.concat(bytes).toString('utf8');
    bytes = [];
  };
  parts.forEach((part, i) => {
    const word = /^=\?[^?]+\?([bBqQ])\?([^?]*)\?=$/.exec(part);
    if (word) {
      const [, enc, text] = word;
      bytes.push(enc!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : Buffer.from(text!.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
    } else if (!(bytes.length && /^\s*$/.test(part) && i + 1 < parts.length)) {
      flush();
      out += part;
    }
  });
  flush();
  return out;
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (/base64/i.test(encoding ?? '')) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding ?? '')) {
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  }
  return body;
}

/** Headers of one MIME entity, unfolded, with lower-case names. */
function headersOf(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map(head.split('\r\n').map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { headers, body: raw.slice(split + 4) };
}

function parseMessage(raw: string, to: string[]): Received {
  const { headers, body } = headersOf(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  let text = decodeBody(body, headers.get('content-transfer-encoding'));
  if (boundary) {
    const plain = body
      .split(`--${boundary}`)
      .map((part) => part.replace(/^\r\n/, ''))
      .filter((part) => part.includes('\r\n\r\n'))
      .map(headersOf)
      .find((part) => /text\/plain/i.test(part.headers.get('content-type') ?? ''));
    text = plain ? decodeBody(plain.body, plain.headers.get('content-transfer-encoding')) : '';
  }
  return { to, subject: decodeHeader(headers.get('subject') ?? ''), notificationId: Number(headers.get('x-khcn-notification')), text };
}

const received: Received[] = [];
let smtp: SMTPServer | null = null;
let smtpPort = 0;


async function startSmtp(port: number): Promise<void> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(parseMessage(Buffer.concat(chunks).toString('latin1'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  smtp = server;
}

async function stopSmtp(): Promise<void> {
  const server = smtp;
  smtp = null;
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
}

// ── Fixtures ──────────────────────────────────────────────────────────────────────────────

let t: TestDb;
let mailer: ReturnType<typeof createSmtpMailer>;
let leader: Viewer;
let officer: Viewer;
let priorityId: number;
let trangDinhUnitId: number;

async function viewerFor(email: string): Promise<Viewer> {
  const [row] = await queryRows<Viewer>(t.db, sql`SELECT id, role, unit_id AS "unitId", name, email FROM users WHERE email = ${email}`);
  return row!;
}

async function newTask(code: string, dueDate: string, ownerId: number | null): Promise<TaskDto> {
  return createTask(
    t.db,
    leader,
    {
      priorityId,
      parentId: null,
      code,
      title: `Nhiệm vụ thử nhắc hạn ${code}`,
      description: '',
      leadUnitId: trangDinhUnitId,
      supportingUnitIds: [],
      ownerId,
      startDate: '2021-09-01',
      dueDate,
      weight: 1,
      indicators: [],
    },
    { today: TODAY },
  );
}

/** One run of the job, as app/lib/reminder-job.ts does it. */
async function runJob(m: Mailer = mailer) {
  const reminders = await runReminders(t.db, TODAY);
  const emails = await sendPendingEmails(t.db, m);
  return { ...reminders, ...emails };
}

async function notificationsOf(taskId: number) {
  return queryRows<{ id: number; user_id: number; kind: string; dedupe_key: string; emailed_at: Date | null }>(
    t.db,
    sql`SELECT id, user_id, kind, dedupe_key, emailed_at FROM notifications WHERE task_id = ${taskId} ORDER BY id`,
  );
}

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  leader = await viewerFor('lanhdao@khcn.langson.gov.vn');
  officer = await viewerFor('trangdinh@langson.gov.vn');
  trangDinhUnitId = officer.unitId;
  const [priority] = await queryRows<{ id: number }>(t.db, sql`SELECT pr.id FROM priorities pr JOIN plans p ON p.id = pr.plan_id WHERE p.status = 'active' ORDER BY pr.sort_order LIMIT 1`);
  priorityId = priority!.id;
  smtpPort = await freePort();
  await startSmtp(smtpPort);
  mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${smtpPort}`, from: 'KHCN <no-reply@khcn.example.gov.vn>', baseUrl: BASE_URL });
});

afterAll(async () => {
  mailer?.close();
  await stopSmtp();
  await t?.close();
});

describe('reminders', () => {
  it('selects in SQL exactly what the pure rule says, for the owner or else the lead unit officers', async () => {
    const tasks = await queryRows<{ id: number; status: TaskStatus; due_date: string; owner_id: number | null; lead_unit_id: number; plan_status: string }>(
      t.db,
      sql`SELECT t.id, t.status, t.due_date::text, t.owner_id, t.lead_unit_id, p.status AS plan_status FROM tasks t JOIN plans p ON p.id = t.plan_id`,
    );
    const users = await queryRows<{ id: number; role: string; unit_id: number; disabled: boolean }>(t.db, sql`SELECT id, role, unit_id, disabled FROM users`);
    const active = (id: number | null) => users.some((u) => u.id === id && !u.disabled);
    let checked = 0;
    for (const today of ['2021-02-22', '2021-06-27', '2021-10-15', '2021-12-24', '2022-03-01']) {
      const expected = tasks
        .filter((task) => task.plan_status === 'active')
        .flatMap((task) => {
          const kind = reminderFor({ status: task.status, dueDate: task.due_date }, today);
          if (!kind) return [];
          const recipients = active(task.owner_id)
            ? [task.owner_id!]
            : users.filter((u) => u.role === 'officer' && u.unit_id === task.lead_unit_id && !u.disabled).map((u) => u.id);
          return recipients.map((userId) => `${task.id}:${userId}:${kind}:${reminderDedupeKey(kind, task.id, task.due_date)}`);
        })
        .sort();
      const actual = (await dueReminders(t.db, today)).map((r) => `${r.taskId}:${r.userId}:${r.kind}:${r.dedupeKey}`).sort();
      expect(actual, today).toEqual(expected);
      checked += actual.length;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('creates one notification and sends one email for a task due in 3 days, however often the job runs', async () => {
    const task = await newTask('REM-3', IN_3_DAYS, officer.id);
    const ownerless = await newTask('REM-3B', IN_3_DAYS, null);
    // Finished or stopped tasks due the same day: nothing for them.
    const done = await newTask('REM-DONE', IN_3_DAYS, officer.id);
    const requested = await recordProgress(t.db, officer, done.id, { version: done.version, progress: 100, note: '', indicatorActuals: [], requestCompletion: true }, [], { today: TODAY });
    await reviewCompletion(t.db, leader, done.id, { version: requested.version, decision: 'confirm' }, { today: TODAY });
    const cancelled = await newTask('REM-CANCEL', IN_3_DAYS, officer.id);
    await changeTaskState(t.db, leader, cancelled.id, { version: cancelled.version, action: 'cancel', reason: 'Không còn phù hợp' }, { today: TODAY });
    const paused = await newTask('REM-PAUSE', IN_3_DAYS, officer.id);
    await changeTaskState(t.db, leader, paused.id, { version: paused.version, action: 'pause' }, { today: TODAY });

    // Two app instances at the same moment (a short delay per send makes their claims overlap) …
    const slow: Mailer = { send: async (email) => (await new Promise((r) => setTimeout(r, 15)), mailer.send(email)) };
    const [a, b] = await Promise.all([runJob(slow), runJob(slow)]);
    expect(a.failed + b.failed).toBe(0);
    expect(a.sent + b.sent).toBeGreaterThan(0);
    // … and then three more runs.
    for (let i = 0; i < 3; i++) {
      const again = await runJob();
      expect(again).toMatchObject({ created: 0, sent: 0, failed: 0 });
    }

    const [only, ...more] = await notificationsOf(task.id);
    expect(more).toHaveLength(0);
    expect(only).toMatchObject({ user_id: officer.id, kind: 'deadline_3', dedupe_key: `deadline_3:${task.id}:${IN_3_DAYS}` });
    expect(only!.emailed_at).not.toBeNull();

    const mails = received.filter((m) => m.subject.includes('REM-3 '));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: ['trangdinh@langson.gov.vn'], subject: '[KH&CN Lạng Sơn] Nhiệm vụ REM-3 còn 3 ngày đến hạn (18/10/2021)', notificationId: only!.id });
    expect(mails[0]!.text).toContain('Kính gửi Cán bộ huyện Tràng Định,');
    expect(mails[0]!.text).toContain('Nhiệm vụ: REM-3 – Nhiệm vụ thử nhắc hạn REM-3');
    expect(mails[0]!.text).toContain('Hạn hoàn thành: 18/10/2021');
    expect(mails[0]!.text).toContain(`${BASE_URL}/tasks/${task.id}`);

    // Without an owner, the officers of the lead unit are reminded.
    const officersOfUnit = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM users WHERE unit_id = ${trangDinhUnitId} AND role = 'officer' AND NOT disabled ORDER BY id`);
    expect((await notificationsOf(ownerless.id)).map((n) => n.user_id)).toEqual(officersOfUnit.map((u) => u.id));

    for (const other of [done, cancelled, paused]) {
      const reminders = (await notificationsOf(other.id)).filter((n) => n.kind.startsWith('deadline') || n.kind === 'overdue');
      expect(reminders, other.code).toHaveLength(0);
      expect(received.filter((m) => m.subject.includes(`${other.code} còn`))).toHaveLength(0);
    }

    // Every notification went out exactly once, whoever claimed it.
    const emailed = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM notifications WHERE emailed_at IS NOT NULL ORDER BY id`);
    expect(received.map((m) => m.notificationId).sort((x, y) => x - y)).toEqual(emailed.map((n) => n.id));
    const [pending] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM notifications WHERE emailed_at IS NULL`);
    expect(pending!.n).toBe(0);
  });

  it('leaves a notification unsent while the SMTP server is down and sends it on a later run', async () => {
    await stopSmtp();
    const task = await newTask('REM-7', '2021-10-22', officer.id);
    const failedRun = await runJob();
    expect(failedRun.created).toBe(1);
    expect(failedRun.sent).toBe(0);
    expect(failedRun.failed).toBeGreaterThan(0);
    const [waiting] = await notificationsOf(task.id);
    expect(waiting).toMatchObject({ kind: 'deadline_7', emailed_at: null });

    await startSmtp(smtpPort);
    const retried = await runJob();
    expect(retried).toMatchObject({ created: 0, sent: 1, failed: 0 });
    expect(await runJob()).toMatchObject({ created: 0, sent: 0, failed: 0 });
    const [sent] = await notificationsOf(task.id);
    expect(sent!.emailed_at).not.toBeNull();
    const mails = received.filter((m) => m.notificationId === sent!.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('[KH&CN Lạng Sơn] Nhiệm vụ REM-7 còn 7 ngày đến hạn (22/10/2021)');
  });
});
