// The JSON API, endpoint by endpoint: happy path, validation errors (problem+json naming the
// fields), refusals, 409 on a stale version, 413 on an oversized file, a renamed .exe refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, HttpClient, signedIn } from '../support/http-client';
import { fixtures, latestAuditId, minimalPdf, type Fixtures } from '../support/api-fixtures';

type Problem = { status: number; title: string; type: string; errors?: Record<string, string[]>; current?: { version: number } };
type Task = {
  id: number;
  code: string;
  title: string;
  status: string;
  timeliness: string;
  progress: number;
  startDate: string;
  dueDate: string;
  leadUnitId: number;
  supportingUnitIds: number[];
  ownerId: number | null;
  version: number;
  indicators: { id: number; name: string; target: number; actual: number | null }[];
};

const send = (body: unknown, method = 'POST'): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

let admin: HttpClient;
let leader: HttpClient;
let officer: HttpClient;
let f: Fixtures;

beforeAll(async () => {
  [admin, leader, officer] = await Promise.all([signedIn(DEMO.admin), signedIn(DEMO.leader), signedIn(DEMO.officerQlkh)]);
  f = await fixtures(admin, ['api'], ['a', 'b', 'c', 'd', 'e', 'g']);
}, 120_000);

async function task(id: number): Promise<Task> {
  return (await admin.json<Task>(`/api/v1/tasks/${id}`)).body;
}

function expectProblem(response: { status: number; body: unknown; response: Response }, status: number, fields: string[] = []) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.response.headers.get('content-type')).toContain('application/problem+json');
  const problem = response.body as Problem;
  expect(problem.status).toBe(status);
  for (const field of fields) expect(problem.errors, `field ${field}`).toHaveProperty([field]);
}

describe('GET /tasks', () => {
  it('returns {items,total} with the documented task fields and takes the page filters', async () => {
    const { status, body } = await leader.json<{ items: Task[]; total: number }>(`/api/v1/tasks?plan=${f.planId}&pageSize=5&page=2&sort=dueDate`);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(5);
    expect(body.total).toBeGreaterThanOrEqual(30);
    expect(Object.keys(body.items[0]!)).toEqual(
      expect.arrayContaining(['id', 'code', 'title', 'status', 'timeliness', 'progress', 'startDate', 'dueDate', 'leadUnitId', 'supportingUnitIds', 'ownerId', 'version', 'indicators']),
    );
    const dues = body.items.map((t) => t.dueDate);
    expect([...dues].sort()).toEqual(dues);
    const overdue = await leader.json<{ items: Task[] }>(`/api/v1/tasks?plan=${f.planId}&timeliness=overdue`);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(overdue.body.items.every((t) => t.timeliness === 'overdue')).toBe(true);
  });

  it('finds the same tasks whatever the diacritics and case', async () => {
    const results = await Promise.all(['lang son', 'LẠNG SƠN', 'Lạng Sơn'].map((q) => leader.json<{ items: Task[]; total: number }>(`/api/v1/tasks?q=${encodeURIComponent(q)}&pageSize=200`)));
    const ids = results.map((r) => r.body.items.map((t) => t.id).sort((a, b) => a - b));
    expect(ids[0]!.length).toBeGreaterThan(0);
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[2]).toEqual(ids[0]);
  });

  it('refuses bad filters with 422 naming them', async () => {
    expectProblem(await leader.json('/api/v1/tasks?status=finished&pageSize=1000'), 422, ['status', 'pageSize']);
  });
});

describe('POST /tasks', () => {
  it('creates a task (201) with its indicators and supporting units', async () => {
    const body = f.newTaskBody('API-CREATE');
    const { status, body: created, response } = await leader.json<Task>('/api/v1/tasks', send(body));
    expect(status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/v1/tasks/${created.id}`);
    expect(created).toMatchObject({ code: body.code, status: 'not_started', progress: 0, version: 1, supportingUnitIds: [f.unitIds.TD] });
    expect(created.indicators).toHaveLength(1);
  });

  it.each([
    ['an empty title', { title: '   ' }, ['title']],
    ['a due date before the start date', { startDate: '2021-06-01', dueDate: '2021-05-01' }, ['dueDate']],
    ['an unknown lead unit', { leadUnitId: 999_999 }, ['leadUnitId']],
    ['an unknown priority', { priorityId: 999_999 }, ['priorityId']],
    ['a wrong type', { weight: 'nặng' }, ['weight']],
    ['an unknown field', { hacked: true }, []],
  ])('refuses %s with 422 and writes nothing', async (_name, change, fields) => {
    const audit = await latestAuditId(admin);
    expectProblem(await leader.json('/api/v1/tasks', send({ ...f.newTaskBody('API-BAD'), ...change })), 422, fields);
    expect(await latestAuditId(admin)).toBe(audit);
  });

  it('refuses a duplicate code in the plan', async () => {
    const body = f.newTaskBody('API-DUP');
    expect((await leader.json('/api/v1/tasks', send(body))).status).toBe(201);
    expectProblem(await leader.json('/api/v1/tasks', send(body)), 422, ['code']);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await leader.json('/api/v1/tasks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title": ' });
    expectProblem(response, 400);
  });
});

describe('GET/PATCH /tasks/{id}', () => {
  it('reads a task; 404 for one that does not exist', async () => {
    expect((await officer.json<Task>(`/api/v1/tasks/${f.ownTaskId}`)).body.id).toBe(f.ownTaskId);
    expectProblem(await officer.json('/api/v1/tasks/999999'), 404);
    expectProblem(await officer.json('/api/v1/tasks/abc'), 404);
  });

  it('edits with the current version, and refuses a stale one with 409 and the current task', async () => {
    const id = f.spareTask('api', 'a');
    const before = await task(id);
    const first = await leader.json<Task>(`/api/v1/tasks/${id}`, send({ version: before.version, title: 'Tên mới của nhiệm vụ' }, 'PATCH'));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ title: 'Tên mới của nhiệm vụ', version: before.version + 1 });
    const stale = await admin.json<Problem>(`/api/v1/tasks/${id}`, send({ version: before.version, title: 'Ghi đè' }, 'PATCH'));
    expectProblem(stale, 409);
    expect(stale.body.current?.version).toBe(before.version + 1);
    expect((await task(id)).title).toBe('Tên mới của nhiệm vụ');
  });

  it('refuses an edit without a version (422 naming it), and keeps fields it did not name', async () => {
    const id = f.spareTask('api', 'b');
    const before = await task(id);
    expectProblem(await leader.json(`/api/v1/tasks/${id}`, send({ title: 'Không có phiên bản' }, 'PATCH')), 422, ['version']);
    const ok = await leader.json<Task>(`/api/v1/tasks/${id}`, send({ version: before.version, dueDate: '2021-12-20' }, 'PATCH'));
    expect(ok.body).toMatchObject({ dueDate: '2021-12-20', supportingUnitIds: before.supportingUnitIds, ownerId: before.ownerId });
    expect(ok.body.indicators.map((i) => i.id)).toEqual(before.indicators.map((i) => i.id));
  });

  it('pauses, resumes and cancels with a reason', async () => {
    const id = f.spareTask('api', 'c');
    let t = await task(id);
    t = (await leader.json<Task>(`/api/v1/tasks/${id}/state`, send({ version: t.version, action: 'pause' }))).body;
    expect(t.status).toBe('paused');
    t = (await leader.json<Task>(`/api/v1/tasks/${id}/state`, send({ version: t.version, action: 'resume' }))).body;
    expect(t.status).toBe('not_started');
    expectProblem(await leader.json(`/api/v1/tasks/${id}/state`, send({ version: t.version, action: 'cancel' })), 422, ['reason']);
    t = (await leader.json<Task>(`/api/v1/tasks/${id}/state`, send({ version: t.version, action: 'cancel', reason: 'Không còn phù hợp' }))).body;
    expect(t.status).toBe('cancelled');
  });
});

describe('POST /tasks/{id}/updates', () => {
  it('records progress and indicator actuals from the lead unit’s officer', async () => {
    const id = f.spareTask('api', 'd');
    const t = await task(id);
    const { status, body } = await officer.json<Task>(`/api/v1/tasks/${id}/updates`, send({ version: t.version, progress: 45, note: 'Đã khảo sát 2 địa điểm', indicatorActuals: [{ indicatorId: t.indicators[0]!.id, value: 1 }] }));
    expect(status).toBe(201);
    expect(body).toMatchObject({ progress: 45, status: 'in_progress', version: t.version + 1 });
    expect(body.indicators[0]!.actual).toBe(1);
    const updates = await officer.json<{ items: { progressAfter: number; note: string }[] }>(`/api/v1/tasks/${id}/updates`);
    expect(updates.body.items[0]).toMatchObject({ progressAfter: 45, note: 'Đã khảo sát 2 địa điểm' });
  });

  it.each([
    ['progress above 100', { progress: 120 }, ['progress']],
    ['no version', { version: undefined, progress: 10 }, ['version']],
    ['a completion request below 100%', { progress: 80, requestCompletion: true }, ['progress']],
    ['an indicator of another task', { progress: 10, indicatorActuals: [{ indicatorId: 999_999, value: 1 }] }, ['indicatorActuals']],
  ])('refuses %s with 422', async (_name, change, fields) => {
    const id = f.spareTask('api', 'e');
    const t = await task(id);
    expectProblem(await officer.json(`/api/v1/tasks/${id}/updates`, send({ version: t.version, ...change })), 422, fields);
    expect((await task(id)).version).toBe(t.version);
  });

  it('refuses a stale version with 409', async () => {
    const id = f.spareTask('api', 'e');
    const t = await task(id);
    expectProblem(await officer.json(`/api/v1/tasks/${id}/updates`, send({ version: t.version - 1 || 99, progress: 10 })), 409);
  });

  it('stores a PDF as evidence with size and SHA-256, downloadable with a safe Content-Disposition', async () => {
    const id = f.spareTask('api', 'g');
    const t = await task(id);
    const form = new FormData();
    form.set('version', String(t.version));
    form.set('progress', '60');
    form.set('note', 'Biên bản nghiệm thu');
    form.append('files', new Blob([minimalPdf()]), 'Biên bản "nghiệm thu"\r\n.pdf');
    const response = await officer.fetch(`/api/v1/tasks/${id}/updates`, { method: 'POST', body: form });
    expect(response.status, await response.clone().text()).toBe(201);
    const updates = await officer.json<{ items: { attachments: { id: number; fileName: string; sizeBytes: number; sha256: string; contentType: string }[] }[] }>(`/api/v1/tasks/${id}/updates`);
    const file = updates.body.items[0]!.attachments[0]!;
    expect(file).toMatchObject({ contentType: 'application/pdf', sizeBytes: minimalPdf().byteLength });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await new HttpClient().fetch(`/api/v1/attachments/${file.id}`);
    expect(download.status).toBe(401);
    const viewer = await signedIn(DEMO.viewer);
    const ok = await viewer.fetch(`/api/v1/attachments/${file.id}`);
    expect(ok.status).toBe(200);
    const disposition = ok.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[^"\r\n]*"; filename\*=UTF-8''/);
    expect(disposition).not.toMatch(/[\r\n]/);
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(minimalPdf());
  });

  it('refuses a renamed .exe (415) and a file over 20 MB (413), writing nothing', async () => {
    const id = f.spareTask('api', 'g');
    const t = await task(id);
    const audit = await latestAuditId(admin);
    const exe = new FormData();
    exe.set('version', String(t.version));
    exe.set('progress', '70');
    exe.append('files', new Blob([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])]), 'bao-cao.pdf');
    const refused = await officer.json<Problem>(`/api/v1/tasks/${id}/updates`, { method: 'POST', body: exe });
    expectProblem(refused, 415);
    const big = new FormData();
    big.set('version', String(t.version));
    big.set('progress', '70');
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1);
    bytes.set(minimalPdf());
    big.append('files', new Blob([bytes]), 'lon.pdf');
    expectProblem(await officer.json(`/api/v1/tasks/${id}/updates`, { method: 'POST', body: big }), 413);
    expect((await task(id)).version).toBe(t.version);
    expect(await latestAuditId(admin)).toBe(audit);
  });
});

describe('POST /tasks/{id}/review', () => {
  async function requested(code: string): Promise<Task> {
    const created = await admin.json<Task>('/api/v1/tasks', send(f.newTaskBody(code)));
    return (await officer.json<Task>(`/api/v1/tasks/${created.body.id}/updates`, send({ version: 1, progress: 100, requestCompletion: true }))).body;
  }

  it('confirms: completed, with the date of the request', async () => {
    const t = await requested('API-CONFIRM');
    expect(t.status).toBe('awaiting_confirmation');
    const { status, body } = await leader.json<Task & { completedOn: string; completionRequestedOn: string }>(`/api/v1/tasks/${t.id}/review`, send({ version: t.version, decision: 'confirm' }));
    expect(status).toBe(200);
    expect(body.status).toBe('completed');
    expect(body.completedOn).toBe(body.completionRequestedOn);
    expect(body.timeliness).toBe('completed_on_time');
  });

  it('returns with a reason (required), back to in progress', async () => {
    const t = await requested('API-RETURN');
    expectProblem(await leader.json(`/api/v1/tasks/${t.id}/review`, send({ version: t.version, decision: 'return' })), 422, ['reason']);
    expectProblem(await leader.json(`/api/v1/tasks/${t.id}/review`, send({ version: t.version, decision: 'maybe' })), 422, ['decision']);
    const { body } = await leader.json<Task>(`/api/v1/tasks/${t.id}/review`, send({ version: t.version, decision: 'return', reason: 'Thiếu biên bản nghiệm thu' }));
    expect(body.status).toBe('in_progress');
    expectProblem(await leader.json(`/api/v1/tasks/${t.id}/review`, send({ version: body.version, decision: 'confirm' })), 409);
    const updates = await officer.json<{ items: { review: { decision: string; reason: string } | null }[] }>(`/api/v1/tasks/${t.id}/updates`);
    expect(updates.body.items[0]!.review).toMatchObject({ decision: 'return', reason: 'Thiếu biên bản nghiệm thu' });
  });

  it('refuses an officer', async () => {
    const t = await requested('API-OFFICER-REVIEW');
    expectProblem(await officer.json(`/api/v1/tasks/${t.id}/review`, send({ version: t.version, decision: 'confirm' })), 403);
  });
});

describe('GET/POST /tasks/{id}/comments', () => {
  it('adds and lists comments; refuses an empty one and one on another unit’s task', async () => {
    const posted = await officer.json<{ id: number; body: string }>(`/api/v1/tasks/${f.ownTaskId}/comments`, send({ body: 'Đề nghị Phòng bổ sung số liệu <b>quý III</b>' }));
    expect(posted.status).toBe(201);
    const list = await officer.json<{ items: { id: number; body: string }[]; total: number }>(`/api/v1/tasks/${f.ownTaskId}/comments`);
    expect(list.body.items.map((c) => c.id)).toContain(posted.body.id);
    expectProblem(await officer.json(`/api/v1/tasks/${f.ownTaskId}/comments`, send({ body: '  ' })), 422, ['body']);
    expectProblem(await officer.json(`/api/v1/tasks/${f.otherUnitTaskId}/comments`, send({ body: 'x' })), 403);
  });
});

describe('GET /plans, /priorities, /units, /openapi.json', () => {
  it('lists them as {items,total}', async () => {
    for (const path of ['/api/v1/plans', `/api/v1/priorities?plan=${f.planId}`, '/api/v1/units']) {
      const { status, body } = await officer.json<{ items: unknown[]; total: number }>(path);
      expect(status, path).toBe(200);
      expect(body.total, path).toBe(body.items.length);
      expect(body.total, path).toBeGreaterThan(0);
    }
    const priorities = await officer.json<{ items: { legalBasis: string }[] }>(`/api/v1/priorities?plan=${f.planId}`);
    expect(priorities.body.items).toHaveLength(7);
  });

  it('serves the OpenAPI document', async () => {
    const { status, body } = await new HttpClient().json<{ openapi: string; paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/tasks/{id}/review');
  });
});

describe('GET /tasks/export', () => {
  it('exports the filtered list as UTF-8 CSV with a BOM and Vietnamese intact', async () => {
    const response = await officer.fetch(`/api/v1/tasks/export?plan=${f.planId}&q=${encodeURIComponent('thạch đen')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Thạch đen Tràng Định');
    expect(text.split('\r\n')[0]).toContain('Tiến độ so với hạn');
  });
});
