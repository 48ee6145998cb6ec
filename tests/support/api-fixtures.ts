// Records the HTTP tests need, found or created through the API as the administrator, before the
// cells under test run (so their audit rows never blur a "nothing changed" check).
import type { HttpClient } from './http-client';

type TaskRow = { id: number; code: string; version: number; leadUnitId: number; status: string };

export type Fixtures = {
  admin: HttpClient;
  unitIds: Record<string, number>;
  viewerId: number;
  planId: number;
  priorityId: number;
  /** A task led by Phòng QLKH, in progress. */
  ownTaskId: number;
  /** A task of huyện Văn Lãng that involves neither Phòng QLKH nor huyện Tràng Định. */
  otherUnitTaskId: number;
  newTaskBody: (code: string) => Record<string, unknown>;
  /** A fresh QLKH-led task for one (role, purpose) pair. */
  spareTask: (role: string, purpose: string) => number;
  /** A fresh task awaiting confirmation for one role. */
  awaitingTask: (role: string) => Promise<number>;
};

export async function latestAuditId(admin: HttpClient): Promise<number> {
  const { status, body } = await admin.json<{ items: { id: number }[] }>('/api/v1/audit?limit=1');
  if (status !== 200) throw new Error(`audit read failed: ${status}`);
  return body.items[0]?.id ?? 0;
}

/** The smallest well-formed PDF: enough for content sniffing (it starts with %PDF-). */
export function minimalPdf(): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

async function must<T>(p: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await p;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

let counter = 0;

export async function fixtures(admin: HttpClient, roles: readonly string[], purposes = ['edit', 'cancel', 'own', 'evidence', 'request']): Promise<Fixtures> {
  const units = await must(admin.json<{ items: { id: number; code: string }[] }>('/api/v1/units'), 'units');
  const unitIds = Object.fromEntries(units.items.map((u) => [u.code, u.id]));
  const users = await must(admin.json<{ items: { id: number; email: string }[] }>('/api/v1/admin/users'), 'users');
  const viewerId = users.items.find((u) => u.email === 'ubnd@langson.gov.vn')!.id;
  const plans = await must(admin.json<{ items: { id: number; year: number }[] }>('/api/v1/plans'), 'plans');
  const planId = plans.items.find((p) => p.year === 2021)!.id;
  const priorities = await must(admin.json<{ items: { id: number; code: string }[] }>(`/api/v1/priorities?plan=${planId}`), 'priorities');
  const priorityId = priorities.items.find((p) => p.code === 'NV1')!.id;
  const own = await must(admin.json<{ items: TaskRow[] }>(`/api/v1/tasks?plan=${planId}&unit=${unitIds.QLKH}&status=in_progress`), 'own tasks');
  const ownTaskId = own.items.find((t) => t.leadUnitId === unitIds.QLKH)!.id;
  const vl = await must(admin.json<{ items: (TaskRow & { supportingUnitIds: number[] })[] }>(`/api/v1/tasks?plan=${planId}&unit=${unitIds.VL}&pageSize=200`), 'VL tasks');
  const other = vl.items.find(
    (t) => t.leadUnitId === unitIds.VL && ![unitIds.QLKH, unitIds.TD].some((u) => t.supportingUnitIds.includes(u!)) && ['in_progress', 'not_started'].includes(t.status),
  );
  if (!other) throw new Error('The seed has no open task of huyện Văn Lãng without QLKH or Tràng Định');

  const newTaskBody = (code: string) => ({
    priorityId,
    code: `${code}-${process.pid}-${++counter}`,
    title: `Nhiệm vụ kiểm thử ${code}`,
    description: 'Tạo bởi bộ kiểm thử',
    leadUnitId: unitIds.QLKH,
    supportingUnitIds: [unitIds.TD],
    startDate: '2021-03-01',
    dueDate: '2021-12-15',
    weight: 1,
    indicators: [{ name: 'Số mô hình', unitOfMeasure: 'mô hình', target: 2 }],
  });
  const create = async (code: string) => (await must(admin.json<TaskRow>('/api/v1/tasks', post(newTaskBody(code))), `create ${code}`)).id;

  const spare = new Map<string, number>();
  for (const role of roles) for (const purpose of purposes) spare.set(`${role}:${purpose}`, await create(`SP-${role}-${purpose}`));
  const awaiting = new Map<string, number>();
  for (const role of roles) {
    const id = await create(`AW-${role}`);
    await must(admin.json(`/api/v1/tasks/${id}/updates`, post({ version: 1, progress: 100, requestCompletion: true })), 'request completion');
    awaiting.set(role, id);
  }

  return {
    admin,
    unitIds: unitIds as Record<string, number>,
    viewerId,
    planId,
    priorityId,
    ownTaskId,
    otherUnitTaskId: other.id,
    newTaskBody,
    spareTask: (role, purpose) => {
      const id = spare.get(`${role}:${purpose}`);
      if (id === undefined) throw new Error(`no spare task for ${role}:${purpose}`);
      return id;
    },
    awaitingTask: async (role) => awaiting.get(role)!,
  };
}
