// The /api/v1 write endpoints as the property tests see them: for each, a body it accepts as things
// stand (read fresh before every request), the kinds of its fields, the GETs that show what it could
// change, and the audit rows an accepted write must add.
import { expect } from 'vitest';
import type { FieldKind } from './fuzz-payloads';
import type { Accepts } from './fuzz-requests';
import type { HttpClient } from './http-client';

export type Json = Record<string, unknown>;
export type Target = Accepts & {
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** The record named by {id}, read after `valid` ran (which may make a fresh one). */
  id?: () => number;
  /** A body the endpoint accepts as things stand; it may prepare the record first. */
  valid?: () => Promise<Json>;
  /** GETs whose answers a refused request must leave as they were. */
  observe: () => string[];
  /** What the audit rows of an accepted write are about, and how many there are (1 unless said). */
  audit: { entity: string; count?: (body: Json) => number };
  /** After an accepted write: what was sent is what is stored. */
  stored?: (sent: Json, body: Json) => Promise<void>;
};

let admin: HttpClient;
const ids = {} as Record<'plan' | 'nextPlan' | 'priority' | 'qlkh' | 'td' | 'editTask' | 'stateTask' | 'progressTask' | 'reviewTask' | 'user' | 'tokenUser' | 'unit' | 'token', number>;
let serial = 0;
let narrativeSlot = 0;
const next = () => `${process.pid}${++serial}`;

const send = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function must<T = Json>(path: string, init?: RequestInit): Promise<T> {
  const { status, body } = await admin.json<T>(path, init);
  if (status >= 300) throw new Error(`${init?.method ?? 'GET'} ${path}: ${status} ${JSON.stringify(body)}`);
  return body;
}

const taskBody = (code: string) => ({
  priorityId: ids.priority,
  code,
  title: 'Nhiệm vụ kiểm thử dữ liệu xấu',
  description: 'Tạo bởi bộ kiểm thử',
  leadUnitId: ids.qlkh,
  supportingUnitIds: [ids.td],
  ownerId: null,
  startDate: '2021-03-01',
  dueDate: '2021-12-15',
  weight: 1,
  indicators: [{ name: 'Số mô hình', unitOfMeasure: 'mô hình', target: 2 }],
});

type Task = { id: number; version: number; status: string; title: string; indicators: { id: number }[] };
const task = (id: number) => must<Task>(`/api/v1/tasks/${id}`);
const createTask = async (code: string) => (await must<Task>('/api/v1/tasks', send('POST', taskBody(code)))).id;

/**
 * The records the targets act on, made through the API as the administrator: tasks for each kind
 * of task write, next year's draft plan, two accounts, a unit.
 */
export async function prepareTargets(client: HttpClient): Promise<void> {
  admin = client;
  const planList = await must<{ items: { id: number; year: number }[] }>('/api/v1/plans');
  ids.plan = planList.items.find((p) => p.year === 2021)!.id;
  const units = await must<{ items: { id: number; code: string }[] }>('/api/v1/units');
  ids.qlkh = units.items.find((u) => u.code === 'QLKH')!.id;
  ids.td = units.items.find((u) => u.code === 'TD')!.id;
  const priorities = await must<{ items: { id: number; code: string }[] }>(`/api/v1/priorities?plan=${ids.plan}`);
  ids.priority = priorities.items.find((p) => p.code === 'NV1')!.id;
  // Next year's draft plan is what PATCH /plans/{id} moves along; closeTargets closes it, so the
  // 2021 plan stays the active one the other suites see.
  ids.nextPlan = (await must<{ plan: { id: number } }>('/api/v1/plans', send('POST', { fromPlanId: ids.plan }))).plan.id;
  for (const key of ['editTask', 'stateTask', 'progressTask', 'reviewTask'] as const) ids[key] = await createTask(`FZ-${key}-${next()}`);
  const user = await must<{ id: number }>('/api/v1/admin/users', send('POST', { email: `fuzz-${next()}@example.vn`, name: 'Người thử', role: 'officer', unitId: ids.qlkh, password: 'Mat-khau-thu-2021' }));
  ids.user = user.id;
  // Tokens are issued for an account no generated request edits (a disabled one gets none).
  ids.tokenUser = (await must<{ id: number }>('/api/v1/admin/users', send('POST', { email: `fuzz-${next()}@example.vn`, name: 'Người có mã', role: 'viewer', unitId: ids.qlkh, password: 'Mat-khau-thu-2021' }))).id;
  ids.unit = (await must<{ id: number }>('/api/v1/admin/units', send('POST', { code: `FZU${next()}`, name: 'Đơn vị thử', kind: 'division', validFrom: '2021-01-01' }))).id;
}

/** Closes next year's plan whatever the generated requests left it as (draft → active → closed). */
export async function closeTargets(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const plan = (await must<{ items: { id: number; status: string; version: number }[] }>('/api/v1/plans')).items.find((p) => p.id === ids.nextPlan);
    if (!plan || plan.status === 'closed') return;
    await must(`/api/v1/plans/${plan.id}`, send('PATCH', { version: plan.version, status: plan.status === 'draft' ? 'active' : 'closed' }));
  }
}

/** The plan the targets write tasks into. */
export const targetPlanId = () => ids.plan;

const TASK_FIELDS: Record<string, FieldKind> = {
  priorityId: 'id',
  parentId: 'id',
  code: 'code',
  title: 'text',
  description: 'text',
  leadUnitId: 'id',
  supportingUnitIds: 'list',
  ownerId: 'id',
  startDate: 'date',
  dueDate: 'date',
  weight: 'number',
  indicators: 'objects',
};
const PROGRESS_FIELDS: Record<string, FieldKind> = { version: 'number', progress: 'number', note: 'text', indicatorActuals: 'objects', requestCompletion: 'bool' };

const taskViews = (id: number) => [`/api/v1/tasks/${id}`, `/api/v1/tasks/${id}/updates`, `/api/v1/tasks/${id}/comments`];

/** The task of a target, replaced by a new one once a generated request has settled it. */
async function openTask(key: 'stateTask' | 'progressTask', open: string[]): Promise<Task> {
  const current = await task(ids[key]);
  if (open.includes(current.status)) return current;
  ids[key] = await createTask(`FZ-${key}-${next()}`);
  return task(ids[key]);
}

/** Puts the review task back to awaiting confirmation when a generated review settled it. */
async function awaitingReview(): Promise<Task> {
  let current = await task(ids.reviewTask);
  if (current.status === 'completed' || current.status === 'cancelled') {
    ids.reviewTask = await createTask(`FZ-review-${next()}`);
    current = await task(ids.reviewTask);
  }
  if (current.status !== 'awaiting_confirmation') {
    await must(`/api/v1/tasks/${ids.reviewTask}/updates`, send('POST', { version: current.version, progress: 100, requestCompletion: true }));
    current = await task(ids.reviewTask);
  }
  return current;
}

/** Every write handler of /api/v1, by method and route (api-fuzz.test.ts checks none is missing). */
export const TARGETS: Record<string, Target> = {
  'POST /tasks': {
    method: 'POST',
    path: '/api/v1/tasks',
    pathId: false,
    json: TASK_FIELDS,
    valid: async () => taskBody(`FZ-${next()}`),
    observe: () => [`/api/v1/tasks?plan=${ids.plan}&pageSize=1&sort=-updatedAt`],
    audit: { entity: 'task' },
    stored: async (sent, body) => expect((await task(body.id as number)).title).toBe(String(sent.title).trim()),
  },
  'PATCH /tasks/{id}': {
    method: 'PATCH',
    path: '/api/v1/tasks/{id}',
    pathId: true,
    id: () => ids.editTask,
    json: { version: 'number', ...TASK_FIELDS },
    valid: async () => ({ version: (await task(ids.editTask)).version, title: `Nhiệm vụ sửa ${next()}` }),
    observe: () => taskViews(ids.editTask),
    audit: { entity: 'task' },
    stored: async (sent, body) => {
      if (typeof sent.title === 'string') expect(body.title).toBe(sent.title.trim());
    },
  },
  'POST /tasks/{id}/state': {
    method: 'POST',
    path: '/api/v1/tasks/{id}/state',
    pathId: true,
    id: () => ids.stateTask,
    json: { version: 'number', action: ['pause', 'resume', 'cancel'], reason: 'text' },
    valid: async () => {
      const current = await openTask('stateTask', ['not_started', 'in_progress', 'paused']);
      return { version: current.version, action: current.status === 'paused' ? 'resume' : 'pause', reason: 'Tạm dừng để rà soát' };
    },
    observe: () => taskViews(ids.stateTask),
    audit: { entity: 'task' },
  },
  'POST /tasks/{id}/updates': {
    method: 'POST',
    path: '/api/v1/tasks/{id}/updates',
    pathId: true,
    id: () => ids.progressTask,
    json: PROGRESS_FIELDS,
    form: 'progress',
    valid: async () => {
      const current = await openTask('progressTask', ['not_started', 'in_progress']);
      return { version: current.version, progress: serial % 100, note: 'Báo cáo tiến độ', indicatorActuals: [{ indicatorId: current.indicators[0]!.id, value: 1 }], requestCompletion: false };
    },
    observe: () => taskViews(ids.progressTask),
    audit: { entity: 'task' },
  },
  'POST /tasks/{id}/review': {
    method: 'POST',
    path: '/api/v1/tasks/{id}/review',
    pathId: true,
    id: () => ids.reviewTask,
    json: { version: 'number', decision: ['confirm', 'return'], reason: 'text' },
    valid: async () => ({ version: (await awaitingReview()).version, decision: 'return', reason: 'Chưa đủ minh chứng' }),
    observe: () => taskViews(ids.reviewTask),
    audit: { entity: 'task' },
  },
  'POST /tasks/{id}/comments': {
    method: 'POST',
    path: '/api/v1/tasks/{id}/comments',
    pathId: true,
    id: () => ids.editTask,
    json: { body: 'text' },
    valid: async () => ({ body: 'Ý kiến trao đổi' }),
    observe: () => taskViews(ids.editTask),
    audit: { entity: 'comment' },
    stored: async (sent) => {
      const { items } = await must<{ items: { body: string }[] }>(`/api/v1/tasks/${ids.editTask}/comments`);
      expect(items.at(-1)!.body).toBe(String(sent.body).trim());
    },
  },
  'POST /plans': {
    method: 'POST',
    path: '/api/v1/plans',
    pathId: false,
    json: { fromPlanId: 'id', version: 'number' },
    valid: async () => ({ fromPlanId: ids.plan }),
    observe: () => ['/api/v1/plans'],
    audit: { entity: 'plan' },
  },
  'PATCH /plans/{id}': {
    method: 'PATCH',
    path: '/api/v1/plans/{id}',
    pathId: true,
    id: () => ids.nextPlan,
    json: { version: 'number', status: ['draft', 'active', 'closed'] },
    valid: async () => {
      const plan = (await must<{ items: { id: number; status: string; version: number }[] }>('/api/v1/plans')).items.find((p) => p.id === ids.nextPlan)!;
      return { version: plan.version, status: plan.status === 'draft' ? 'active' : 'closed' };
    },
    observe: () => ['/api/v1/plans'],
    audit: { entity: 'plan' },
  },
  'POST /plans/{id}/import': {
    method: 'POST',
    path: '/api/v1/plans/{id}/import',
    pathId: true,
    id: () => ids.plan,
    form: 'import',
    valid: async () => ({ code: `FZI-${next()}` }),
    observe: () => [`/api/v1/tasks?plan=${ids.plan}&pageSize=1&sort=-updatedAt`],
    audit: { entity: 'task', count: (body) => Number(body.imported ?? 0) },
  },
  'POST /priorities/{id}/health': {
    method: 'POST',
    path: '/api/v1/priorities/{id}/health',
    pathId: true,
    id: () => ids.priority,
    json: { rating: ['green', 'amber', 'red'], reason: 'text' },
    valid: async () => ({ rating: 'amber', reason: 'Chậm giải ngân' }),
    observe: () => [`/api/v1/priorities/${ids.priority}`],
    audit: { entity: 'priority' },
  },
  'POST /priorities/{id}/narratives': {
    method: 'POST',
    path: '/api/v1/priorities/{id}/narratives',
    pathId: true,
    id: () => ids.priority,
    json: { year: 'number', quarter: 'number', doneText: 'text', plannedText: 'text', figuresText: 'text' },
    valid: async () => {
      // Each quarter takes one narrative: every request gets a quarter not used yet.
      const slot = narrativeSlot++;
      return { year: 2000 + (slot % 101), quarter: 1 + (Math.floor(slot / 101) % 4), doneText: 'Đã làm', plannedText: 'Sẽ làm', figuresText: 'Số liệu' };
    },
    observe: () => [`/api/v1/priorities/${ids.priority}`],
    audit: { entity: 'priority' },
  },
  'POST /admin/users': {
    method: 'POST',
    path: '/api/v1/admin/users',
    pathId: false,
    json: { email: 'email', name: 'text', role: ['admin', 'leader', 'officer', 'viewer'], unitId: 'id', password: 'text' },
    valid: async () => ({ email: `fuzz-${next()}@example.vn`, name: 'Người dùng thử', role: 'viewer', unitId: ids.qlkh, password: 'Mat-khau-thu-2021' }),
    observe: () => ['/api/v1/admin/users'],
    audit: { entity: 'user' },
  },
  'PATCH /admin/users/{id}': {
    method: 'PATCH',
    path: '/api/v1/admin/users/{id}',
    pathId: true,
    id: () => ids.user,
    json: { version: 'number', name: 'text', role: ['admin', 'leader', 'officer', 'viewer'], unitId: 'id', disabled: 'bool' },
    valid: async () => ({ version: (await must<{ version: number }>(`/api/v1/admin/users/${ids.user}`)).version, name: `Người thử ${next()}` }),
    observe: () => [`/api/v1/admin/users/${ids.user}`],
    audit: { entity: 'user' },
  },
  'POST /admin/users/{id}/password': {
    method: 'POST',
    path: '/api/v1/admin/users/{id}/password',
    pathId: true,
    id: () => ids.user,
    json: { version: 'number', password: 'text' },
    valid: async () => ({ version: (await must<{ version: number }>(`/api/v1/admin/users/${ids.user}`)).version, password: `Mat-khau-moi-${next()}` }),
    observe: () => [`/api/v1/admin/users/${ids.user}`],
    audit: { entity: 'user' },
  },
  'POST /admin/units': {
    method: 'POST',
    path: '/api/v1/admin/units',
    pathId: false,
    json: { code: 'code', name: 'text', kind: ['leadership', 'division', 'district', 'commune', 'external'], parentId: 'id', validFrom: 'date', validTo: 'date' },
    valid: async () => ({ code: `FZ${next()}`, name: 'Đơn vị thử', kind: 'commune', parentId: ids.td, validFrom: '2021-01-01', validTo: null }),
    observe: () => ['/api/v1/units'],
    audit: { entity: 'unit' },
  },
  'PATCH /admin/units/{id}': {
    method: 'PATCH',
    path: '/api/v1/admin/units/{id}',
    pathId: true,
    id: () => ids.unit,
    json: { version: 'number', name: 'text', parentId: 'id', validTo: 'date', active: 'bool' },
    valid: async () => {
      const unit = (await must<{ items: { id: number; version: number }[] }>('/api/v1/units')).items.find((u) => u.id === ids.unit)!;
      return { version: unit.version, name: `Đơn vị thử ${next()}` };
    },
    observe: () => ['/api/v1/units'],
    audit: { entity: 'unit' },
  },
  'POST /admin/tokens': {
    method: 'POST',
    path: '/api/v1/admin/tokens',
    pathId: false,
    json: { userId: 'id', name: 'text', expiresAt: 'datetime' },
    valid: async () => ({ userId: ids.tokenUser, name: 'Mã thử', expiresAt: null }),
    observe: () => ['/api/v1/admin/tokens'],
    audit: { entity: 'api_token' },
  },
  'DELETE /admin/tokens/{id}': {
    method: 'DELETE',
    path: '/api/v1/admin/tokens/{id}',
    pathId: true,
    id: () => ids.token,
    json: { reason: 'text' },
    valid: async () => {
      ids.token = (await must<{ id: number }>('/api/v1/admin/tokens', send('POST', { userId: ids.tokenUser, name: 'Mã để thu hồi', expiresAt: null }))).id;
      return {};
    },
    observe: () => ['/api/v1/admin/tokens'],
    audit: { entity: 'api_token' },
  },
};
