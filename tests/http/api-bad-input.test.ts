// Bad input by name (issue 6), beside the generated requests of api-fuzz.test.ts: the cases a reader
// should find spelled out, two requests creating the same record at once, and markup in a title
// served as text by the pages.
import { beforeAll, describe, expect, it } from 'vitest';
import { latestAuditId } from '../support/api-fixtures';
import { DEMO, signedIn, type HttpClient } from '../support/http-client';

type Task = { id: number; code: string; title: string; status: string; version: number };
type Problem = { status: number; type: string; errors?: Record<string, string[]>; detail?: string };

let admin: HttpClient;
let planId: number;
let priorityId: number;
/** Not the priority api-fuzz.test.ts posts its narratives on, so their quarters never collide. */
let narrativePriorityId: number;
let qlkh: number;
let stamp = 0;

const json = (body: unknown, method = 'POST', contentType = 'application/json'): RequestInit => ({ method, headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const newTask = (title = 'Nhiệm vụ kiểm thử dữ liệu xấu') => ({ priorityId, code: `BAD-${process.pid}-${++stamp}`, title, leadUnitId: qlkh, startDate: '2021-03-01', dueDate: '2021-12-15' });

beforeAll(async () => {
  admin = await signedIn(DEMO.admin);
  planId = (await admin.json<{ items: { id: number; year: number }[] }>('/api/v1/plans')).body.items.find((p) => p.year === 2021)!.id;
  const priorities = (await admin.json<{ items: { id: number; code: string }[] }>(`/api/v1/priorities?plan=${planId}`)).body.items;
  priorityId = priorities.find((p) => p.code === 'NV1')!.id;
  narrativePriorityId = priorities.find((p) => p.code === 'NV2')!.id;
  qlkh = (await admin.json<{ items: { id: number; code: string }[] }>('/api/v1/units')).body.items.find((u) => u.code === 'QLKH')!.id;
});

async function createTask(title?: string): Promise<Task> {
  const { status, body } = await admin.json<Task>('/api/v1/tasks', json(newTask(title)));
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}

async function expectRefused(path: string, init: RequestInit, status: number, field?: string): Promise<Problem> {
  const before = await latestAuditId(admin);
  const response = await admin.json<Problem>(path, init);
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.response.headers.get('content-type')).toContain('application/problem+json');
  if (field) expect(response.body.errors, JSON.stringify(response.body)).toHaveProperty([field]);
  expect(await latestAuditId(admin)).toBe(before);
  return response.body;
}

describe('values PostgreSQL or an export could not hold', () => {
  it.each([
    ['a NUL character', 'Tên\u0000có NUL'],
    ['a lone surrogate', 'Tên \uD800 lẻ'],
    ['a control character', 'Tên\u0007chuông'],
    ['only zero-width characters', '\u200B\u200D\uFEFF'],
  ])('refuses a title with %s (422 naming the title, nothing written)', async (_what, title) => {
    await expectRefused('/api/v1/tasks', json(newTask(title)), 422, 'title');
  });

  it('keeps strange but valid text exactly as sent', async () => {
    const title = ' \u202Eđảo chiều\u202C 👩‍👩‍👧‍👦 e\u0301 \'; DROP TABLE tasks; -- ';
    const task = await createTask(title);
    expect(task.title).toBe(title.trim());
    expect((await admin.json<Task>(`/api/v1/tasks/${task.id}`)).body.title).toBe(title.trim());
  });

  it('refuses numbers out of range and ids beyond int4 with 422, not a database error', async () => {
    const task = await createTask();
    await expectRefused(`/api/v1/tasks/${task.id}`, json({ version: 2_147_483_648, title: 'x' }, 'PATCH'), 422, 'version');
    await expectRefused('/api/v1/tasks', json('{"priorityId":1,"code":"X","title":"x","leadUnitId":1,"startDate":"2021-01-01","dueDate":"2021-01-02","weight":1e309}'), 422, 'weight');
    await expectRefused('/api/v1/tasks', json({ ...newTask(), weight: 0.001 }), 422, 'weight');
    await expectRefused('/api/v1/tasks', json({ ...newTask(), ownerId: 2_147_483_648 }), 422, 'ownerId');
    await expectRefused('/api/v1/admin/tokens', json({ userId: 3_000_000_000, name: 'x' }), 422, 'userId');
    await expectRefused('/api/v1/tasks', json({ ...newTask(), startDate: '0000-01-01' }), 422, 'startDate');
    await expectRefused('/api/v1/admin/units', json({ code: `U${stamp}`, name: 'x', kind: 'division', validFrom: '2021-02-31' }), 422, 'validFrom');
  });

  it('answers an id the path cannot hold with 404, and a path that does not decode with 400', async () => {
    await expectRefused('/api/v1/tasks/2147483648/comments', json({ body: 'x' }), 404);
    await expectRefused('/api/v1/tasks/99999999999999999999', json({ version: 1 }, 'PATCH'), 404);
    await expectRefused('/api/v1/tasks/%C0%80/comments', json({ body: 'x' }), 400);
  });
});

describe('a progress update says whether it asks for completion with a real boolean', () => {
  it('refuses the string "false" from a JSON caller (it used to read as true)', async () => {
    const task = await createTask();
    const problem = await expectRefused(`/api/v1/tasks/${task.id}/updates`, json({ version: task.version, progress: 100, requestCompletion: 'false' }), 422, 'requestCompletion');
    expect(problem.errors!.requestCompletion).toEqual(['booleanInvalid']);
    const accepted = await admin.json<Task>(`/api/v1/tasks/${task.id}/updates`, json({ version: task.version, progress: 100, requestCompletion: false }));
    expect(accepted.status).toBe(201);
    expect(accepted.body.status).toBe('in_progress');
  });

  it('still reads the form checkbox of a multipart post', async () => {
    const post = async (task: Task, checkbox: string | null) => {
      const form = new FormData();
      form.append('version', String(task.version));
      form.append('progress', '100');
      if (checkbox !== null) form.append('requestCompletion', checkbox);
      return admin.json<Task>(`/api/v1/tasks/${task.id}/updates`, { method: 'POST', body: form });
    };
    expect((await post(await createTask(), 'false')).body.status).toBe('in_progress');
    expect((await post(await createTask(), null)).body.status).toBe('in_progress');
    expect((await post(await createTask(), 'on')).body.status).toBe('awaiting_confirmation');
  });
});

describe('bodies that are not what they claim', () => {
  it('answers 415 for JSON sent as another type, and accepts application/json in any case and +json', async () => {
    const task = await createTask();
    await expectRefused(`/api/v1/tasks/${task.id}/comments`, json({ body: 'x' }, 'POST', 'text/plain'), 415);
    await expectRefused(`/api/v1/tasks/${task.id}/comments`, json({ body: 'x' }, 'POST', 'application/json; charset=iso-8859-1'), 415);
    await expectRefused(`/api/v1/plans/${planId}/import`, json({ file: 'x' }), 415);
    for (const type of ['APPLICATION/JSON; charset=UTF-8', 'application/merge-patch+json']) {
      expect((await admin.fetch(`/api/v1/tasks/${task.id}/comments`, json({ body: `Ý kiến (${type})` }, 'POST', type))).status).toBe(201);
    }
  });

  it('answers 400 for broken JSON, bytes that are not UTF-8 and a multipart body that does not parse', async () => {
    const task = await createTask();
    expect((await expectRefused(`/api/v1/tasks/${task.id}/comments`, json('{"body": "x",}'), 400)).detail).toBe('bodyNotJson');
    const bytes = new Uint8Array([...Buffer.from('{"body": "'), 0xc0, 0x80, ...Buffer.from('"}')]);
    expect((await expectRefused(`/api/v1/tasks/${task.id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes }, 400)).detail).toBe('bodyNotUtf8');
    await expectRefused(`/api/v1/tasks/${task.id}/updates`, json('not a form', 'POST', 'multipart/form-data; boundary=x'), 400);
  });

  it('answers 413 for a JSON body over 1 MiB', async () => {
    await expectRefused('/api/v1/tasks', json(newTask('x'.repeat(1024 * 1024))), 413);
  });
});

describe('two requests creating the same record at once', () => {
  // On PostgreSQL both can pass the "is it taken?" check before either inserts; the unique index
  // then refuses one (23505), which must read as a conflict. On the embedded database they queue.
  const at = async (requests: (() => Promise<Response>)[]) => {
    const before = await latestAuditId(admin);
    const responses = await Promise.all(requests.map((r) => r()));
    const statuses = responses.map((r) => r.status).sort();
    for (const r of responses.filter((r) => r.status >= 400)) expect(r.headers.get('content-type')).toContain('application/problem+json');
    const audit = await admin.json<{ items: { id: number }[] }>('/api/v1/audit?limit=50');
    return { statuses, written: audit.body.items.filter((row) => row.id > before).length };
  };
  const times = (n: number, request: () => Promise<Response>) => Array.from({ length: n }, () => request);

  it.each([
    ['a unit code', () => json({ code: `DUP${process.pid}${++stamp}`, name: 'Đơn vị trùng', kind: 'commune', validFrom: '2021-01-01' }), '/api/v1/admin/units'],
    ['a task code', () => json(newTask()), '/api/v1/tasks'],
    ['an email', () => json({ email: `dup-${process.pid}-${++stamp}@example.vn`, name: 'Trùng', role: 'viewer', unitId: qlkh, password: 'Mat-khau-trung-2021' }), '/api/v1/admin/users'],
  ])('keeps one %s and refuses the others (409 or 422), never a 500', async (_what, body, path) => {
    const init = body();
    const { statuses, written } = await at(times(6, () => admin.fetch(path, init)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 409 || s === 422), statuses.join()).toBe(true);
    expect(written).toBe(1);
  });

  it('keeps one narrative for a quarter', async () => {
    const init = json({ year: 2090 + (process.pid % 10), quarter: 1 + (stamp % 4), doneText: 'Đã làm', plannedText: 'Sẽ làm', figuresText: 'Số liệu' });
    const { statuses, written } = await at(times(6, () => admin.fetch(`/api/v1/priorities/${narrativePriorityId}/narratives`, init)));
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    expect(written).toBe(1);
  });
});

describe('markup in a title', () => {
  const TITLE = '<img src=x onerror=alert(1)><script>alert("xss")</script>';
  const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(';

  it('is served as text by the task page, the list, the board and the timeline', async () => {
    const task = await createTask(TITLE);
    for (const path of [`/tasks/${task.id}`, `/tasks?q=${task.code}`, `/tasks/board?q=${task.code}`, `/tasks/timeline?q=${task.code}`]) {
      const response = await admin.fetch(path);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(html, path).toContain(ESCAPED);
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).not.toContain('<script>alert(');
    }
  });
});
