// Every role × every action of the policy, through the real HTTP interface of the production build.
// The expected allow/deny is written once, in EXPECTED; every cell is exercised. A denied cell also
// proves that nothing changed: no audit row was written (every write writes one) and the target
// record kept its version.
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type Action } from '@/db/policy';
import type { Role } from '@/db/schema';
import { DEMO, HttpClient, signedIn } from '../support/http-client';
import { fixtures, latestAuditId, minimalPdf, type Fixtures } from '../support/api-fixtures';

const ROLES = ['admin', 'leader', 'officer', 'viewer'] as const satisfies readonly Role[];

/** The policy as the product states it (PRODUCT.md, issue 3). The officer is Phòng QLKH's. */
const EXPECTED: Record<Action, Record<(typeof ROLES)[number], boolean>> = {
  'task.read': { admin: true, leader: true, officer: true, viewer: true },
  'task.list': { admin: true, leader: true, officer: true, viewer: true },
  'task.create': { admin: true, leader: true, officer: false, viewer: false },
  'task.edit': { admin: true, leader: true, officer: false, viewer: false },
  'task.cancel': { admin: true, leader: true, officer: false, viewer: false },
  'task.update.own_unit': { admin: true, leader: true, officer: true, viewer: false },
  'task.update.other_unit': { admin: true, leader: true, officer: false, viewer: false },
  'evidence.upload': { admin: true, leader: true, officer: true, viewer: false },
  'completion.request': { admin: true, leader: true, officer: true, viewer: false },
  'completion.confirm': { admin: true, leader: true, officer: false, viewer: false },
  'comment.create': { admin: true, leader: true, officer: true, viewer: false },
  'audit.read': { admin: true, leader: true, officer: false, viewer: false },
  'accounts.manage': { admin: true, leader: false, officer: false, viewer: false },
  'token.issue': { admin: true, leader: false, officer: false, viewer: false },
  export: { admin: true, leader: true, officer: true, viewer: true },
  'plan.manage': { admin: true, leader: true, officer: false, viewer: false },
  'priority.health': { admin: true, leader: true, officer: false, viewer: false },
  // NV1's lead unit is Phòng QLKH, the officer's own unit.
  'priority.narrative': { admin: true, leader: true, officer: true, viewer: false },
};

type Cell = { client: HttpClient; role: (typeof ROLES)[number]; f: Fixtures };
/** Performs the action; returns the response and, for writes, the id of the record it targets. */
type Exercise = (cell: Cell) => Promise<{ response: Response; taskId?: number; versionUsed?: number; write: boolean }>;

async function version(client: HttpClient, taskId: number): Promise<number> {
  return (await client.json<{ version: number }>(`/api/v1/tasks/${taskId}`)).body.version;
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const EXERCISES: Record<Action, Exercise> = {
  'task.read': async ({ client, f }) => ({ response: await client.fetch(`/api/v1/tasks/${f.ownTaskId}`), write: false }),
  'task.list': async ({ client }) => ({ response: await client.fetch('/api/v1/tasks?q=lang%20son'), write: false }),
  'task.create': async ({ client, role, f }) => ({
    response: await client.fetch('/api/v1/tasks', json(f.newTaskBody(`MX-${role}`))),
    write: true,
  }),
  'task.edit': async ({ client, role, f }) => {
    const taskId = f.spareTask(role, 'edit');
    let versionUsed = 0;
    const response = await client.fetch(`/api/v1/tasks/${taskId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: (versionUsed = await version(f.admin, taskId)), title: `Đã sửa bởi ${role}` }),
    });
    return { response, taskId, versionUsed, write: true };
  },
  'task.cancel': async ({ client, role, f }) => {
    const taskId = f.spareTask(role, 'cancel');
    const versionUsed = await version(f.admin, taskId);
    const response = await client.fetch(`/api/v1/tasks/${taskId}/state`, json({ version: versionUsed, action: 'cancel', reason: 'Kiểm thử ma trận quyền' }));
    return { response, taskId, versionUsed, write: true };
  },
  'task.update.own_unit': async ({ client, role, f }) => {
    const taskId = f.spareTask(role, 'own');
    const versionUsed = await version(f.admin, taskId);
    const response = await client.fetch(`/api/v1/tasks/${taskId}/updates`, json({ version: versionUsed, progress: 30, note: `Cập nhật của ${role}` }));
    return { response, taskId, versionUsed, write: true };
  },
  'task.update.other_unit': async ({ client, f }) => {
    const taskId = f.otherUnitTaskId;
    const versionUsed = await version(f.admin, taskId);
    const response = await client.fetch(`/api/v1/tasks/${taskId}/updates`, json({ version: versionUsed, progress: 1 + Math.floor(Math.random() * 99), note: 'Cập nhật ngoài đơn vị' }));
    return { response, taskId, versionUsed, write: true };
  },
  'evidence.upload': async ({ client, role, f }) => {
    const taskId = f.spareTask(role, 'evidence');
    const form = new FormData();
    const versionUsed = await version(f.admin, taskId);
    form.set('version', String(versionUsed));
    form.set('progress', '40');
    form.set('note', 'Kèm biên bản');
    form.append('files', new Blob([minimalPdf()], { type: 'application/pdf' }), 'bien-ban.pdf');
    const response = await client.fetch(`/api/v1/tasks/${taskId}/updates`, { method: 'POST', body: form });
    return { response, taskId, versionUsed, write: true };
  },
  'completion.request': async ({ client, role, f }) => {
    const taskId = f.spareTask(role, 'request');
    const versionUsed = await version(f.admin, taskId);
    const response = await client.fetch(`/api/v1/tasks/${taskId}/updates`, json({ version: versionUsed, progress: 100, requestCompletion: true }));
    return { response, taskId, versionUsed, write: true };
  },
  'completion.confirm': async ({ client, role, f }) => {
    const taskId = await f.awaitingTask(role);
    const versionUsed = await version(f.admin, taskId);
    const response = await client.fetch(`/api/v1/tasks/${taskId}/review`, json({ version: versionUsed, decision: 'confirm' }));
    return { response, taskId, versionUsed, write: true };
  },
  'comment.create': async ({ client, f }) => ({
    response: await client.fetch(`/api/v1/tasks/${f.ownTaskId}/comments`, json({ body: 'Ý kiến trao đổi' })),
    taskId: f.ownTaskId,
    write: true,
  }),
  'audit.read': async ({ client }) => ({ response: await client.fetch('/api/v1/audit?limit=5'), write: false }),
  'accounts.manage': async ({ client, role, f }) => ({
    response: await client.fetch(
      '/api/v1/admin/users',
      json({ email: `matrix-${role}-${Date.now()}@langson.gov.vn`, name: 'Tài khoản thử', role: 'viewer', unitId: f.unitIds.UBND, password: 'Mat-khau-tam-2021' }),
    ),
    write: true,
  }),
  'token.issue': async ({ client, f }) => ({
    response: await client.fetch('/api/v1/admin/tokens', json({ userId: f.viewerId, name: 'Tích hợp thử' })),
    write: true,
  }),
  export: async ({ client }) => ({ response: await client.fetch('/api/v1/tasks/export?status=completed'), write: false }),
  'plan.manage': async ({ client, f }) => ({
    // A stale version: a role the policy allows gets past authorization to the version check (409);
    // a role it refuses is stopped before (403). Nothing changes either way.
    response: await client.fetch(`/api/v1/plans/${f.planId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: 999_999, status: 'closed' }) }),
    write: true,
  }),
  'priority.health': async ({ client, role, f }) => ({
    response: await client.fetch(`/api/v1/priorities/${f.priorityId}/health`, json({ rating: 'amber', reason: `Đánh giá của ${role}: cần đẩy nhanh nghiệm thu` })),
    write: true,
  }),
  'priority.narrative': async ({ client, role, f }) => ({
    response: await client.fetch(
      `/api/v1/priorities/${f.priorityId}/narratives`,
      json({ year: 2021, quarter: { admin: 1, leader: 2, officer: 3, viewer: 4 }[role], doneText: 'Đã nghiệm thu 5 đề tài', plannedText: 'Triển khai 3 mô hình', figuresText: '41 đề tài, dự án' }),
    ),
    write: true,
  }),
};

let f: Fixtures;
const clients = {} as Record<(typeof ROLES)[number], HttpClient>;

beforeAll(async () => {
  clients.admin = await signedIn(DEMO.admin);
  clients.leader = await signedIn(DEMO.leader);
  clients.officer = await signedIn(DEMO.officerQlkh);
  clients.viewer = await signedIn(DEMO.viewer);
  f = await fixtures(clients.admin, ROLES);
}, 120_000);

describe('the permission matrix covers the whole policy', () => {
  it('has a row for every action of the policy, and an exercise for every row', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(EXERCISES).sort()).toEqual([...ACTIONS].sort());
  });
});

describe.each(ACTIONS)('%s', (action) => {
  it.each(ROLES)('%s', async (role) => {
    const before = await latestAuditId(f.admin);
    const target = EXERCISES[action];
    const { response, taskId, versionUsed, write } = await target({ client: clients[role], role, f });
    if (EXPECTED[action][role]) {
      expect(response.status, `${role} should be allowed ${action} (${await response.clone().text()})`).not.toBe(403);
      expect(response.status).not.toBe(401);
      if (action === 'plan.manage') expect(response.status).toBe(409);
      else expect(response.status, await response.clone().text()).toBeLessThan(300);
      if (write && action !== 'plan.manage') expect(await latestAuditId(f.admin)).toBeGreaterThan(before);
    } else {
      expect(response.status, `${role} should be refused ${action}`).toBe(403);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await latestAuditId(f.admin), 'a refused request wrote nothing').toBe(before);
      if (taskId !== undefined && versionUsed !== undefined) expect(await version(f.admin, taskId), 'the task is unchanged').toBe(versionUsed);
    }
  });
});
