// The writes of the task workflow against a real (seeded) database: each writes exactly one audit
// row with the right before/after, and each refusal (stale version, wrong unit, bad request, closed
// plan) changes nothing at all.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/db/policy';
import { queryRows } from '@/db/raw';
import { addComment } from '@/db/queries/comments';
import { listUpdates, recordProgress, reviewCompletion } from '@/db/queries/progress';
import { updateTaskInput } from '@/db/queries/task-inputs';
import { changeTaskState, createTask, updateTask } from '@/db/queries/task-writes';
import { getTask, type TaskDto } from '@/db/queries/tasks';
import { countRows } from '@/db/seed/seed';
import { createTestDb, type TestDb } from '../support/test-db';

const TODAY = '2021-10-15';
const ctx = { today: TODAY, ip: '10.0.0.9' };

let t: TestDb;
const people: Record<string, Viewer> = {};

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  const rows = await queryRows<Viewer & { unit_id: number }>(t.db, sql`SELECT id, role, unit_id, name, email FROM users`);
  for (const row of rows) people[row.email] = { id: row.id, role: row.role, unitId: row.unit_id, name: row.name, email: row.email };
});
afterAll(() => t.close());

const leader = () => people['lanhdao@khcn.langson.gov.vn']!;
const officerTd = () => people['trangdinh@langson.gov.vn']!;
const officerQlkh = () => people['qlkh@khcn.langson.gov.vn']!;

async function taskByCode(code: string): Promise<TaskDto> {
  const [row] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM tasks WHERE code = ${code}`);
  return getTask(t.db, leader(), row!.id, TODAY);
}

async function unitId(code: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM units WHERE code = ${code}`);
  return row!.id;
}

type AuditRow = { id: number; actor_id: number; action: string; entity: string; entity_id: string; task_id: number | null; before: unknown; after: unknown; ip: string | null };

async function lastAuditId(): Promise<number> {
  const [row] = await queryRows<{ id: number | null }>(t.db, sql`SELECT max(id)::int AS id FROM audit_log`);
  return row?.id ?? 0;
}

/** Runs a write and returns the audit rows it added. */
async function auditOf(write: () => Promise<unknown>): Promise<AuditRow[]> {
  const since = await lastAuditId();
  await write();
  const rows = await queryRows<AuditRow>(t.db, sql`SELECT id::int, actor_id, action, entity, entity_id, task_id, before, after, ip FROM audit_log WHERE id > ${since} ORDER BY id`);
  return rows.map((r) => ({
    ...r,
    before: typeof r.before === 'string' ? JSON.parse(r.before) : r.before,
    after: typeof r.after === 'string' ? JSON.parse(r.after) : r.after,
  }));
}

/** Everything a refused write could have touched: every table's row count and the task itself. */
async function snapshot(taskId: number) {
  return { counts: await countRows(t.db), task: await getTask(t.db, leader(), taskId, TODAY) };
}

async function expectRefusedWithoutChange(taskId: number, write: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await snapshot(taskId);
  await expect(write()).rejects.toMatchObject(expected);
  expect(await snapshot(taskId)).toEqual(before);
}

describe('createTask', () => {
  it('creates the task with its units and indicators and writes one audit row', async () => {
    const [priority] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM priorities WHERE code = 'NV4'`);
    const input = {
      priorityId: priority!.id,
      parentId: null,
      code: 'NV4.99',
      title: 'Hỗ trợ dự án khởi nghiệp đổi mới sáng tạo thí điểm',
      description: 'Nhiệm vụ tạo trong kiểm thử.',
      leadUnitId: await unitId('QLKH'),
      supportingUnitIds: [await unitId('TD')],
      ownerId: officerQlkh().id,
      startDate: '2021-10-01',
      dueDate: '2021-12-15',
      weight: 2,
      indicators: [{ name: 'Dự án được hỗ trợ', unitOfMeasure: 'dự án', target: 3 }],
    };
    let created: TaskDto | undefined;
    const rows = await auditOf(async () => {
      created = await createTask(t.db, leader(), input, ctx);
    });
    expect(created).toMatchObject({ code: 'NV4.99', status: 'not_started', progress: 0, version: 1, supportingUnitIds: [await unitId('TD')] });
    expect(created!.indicators).toEqual([expect.objectContaining({ name: 'Dự án được hỗ trợ', target: 3, actual: null })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'task.create', entity: 'task', entity_id: String(created!.id), task_id: created!.id, actor_id: leader().id, before: null, ip: '10.0.0.9' });
    expect(rows[0]!.after).toMatchObject({ code: 'NV4.99', title: input.title, dueDate: '2021-12-15' });
  });

  it('is refused to an officer and adds nothing', async () => {
    const before = await countRows(t.db);
    const [priority] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM priorities WHERE code = 'NV4'`);
    await expect(
      createTask(t.db, officerTd(), { priorityId: priority!.id, parentId: null, code: 'NV4.98', title: 'x', description: '', leadUnitId: officerTd().unitId, supportingUnitIds: [], ownerId: null, startDate: '2021-10-01', dueDate: '2021-10-30', weight: 1, indicators: [] }, ctx),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await countRows(t.db)).toEqual(before);
  });
});

describe('updateTask', () => {
  it('changes only the named fields, bumps the version and writes one audit row with before/after', async () => {
    const task = await taskByCode('NV3.02');
    let updated: TaskDto | undefined;
    const rows = await auditOf(async () => {
      // Parsed by the shared schema, as the API and the form do: fields left out stay as they are.
      updated = await updateTask(t.db, leader(), task.id, updateTaskInput.parse({ version: task.version, title: 'Chỉ dẫn địa lý mật ong hoa ngũ gia bì Vân Thủy', weight: 4 }), ctx);
    });
    expect(updated).toMatchObject({ title: 'Chỉ dẫn địa lý mật ong hoa ngũ gia bì Vân Thủy', weight: 4, version: task.version + 1 });
    expect(updated).toMatchObject({ description: task.description, ownerId: task.ownerId, supportingUnitIds: task.supportingUnitIds, parentId: task.parentId });
    expect(updated!.indicators.map((i) => i.id)).toEqual(task.indicators.map((i) => i.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'task.update', task_id: task.id, actor_id: leader().id });
    expect(rows[0]!.before).toEqual({ title: task.title, weight: task.weight });
    expect(rows[0]!.after).toEqual({ title: 'Chỉ dẫn địa lý mật ong hoa ngũ gia bì Vân Thủy', weight: 4 });
  });

  it('records supporting units and indicators changes in the same audit row', async () => {
    const task = await taskByCode('NV3.02');
    const supporting = [...task.supportingUnitIds, await unitId('VQ')].sort((a, b) => a - b);
    const rows = await auditOf(() =>
      updateTask(
        t.db,
        leader(),
        task.id,
        { version: task.version, supportingUnitIds: supporting, indicators: [...task.indicators.map(({ id, name, unitOfMeasure, target }) => ({ id, name, unitOfMeasure, target })), { name: 'Hộ nuôi ong tham gia', unitOfMeasure: 'hộ', target: 40 }] },
        ctx,
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toMatchObject({ supportingUnitIds: task.supportingUnitIds });
    expect(rows[0]!.after).toMatchObject({ supportingUnitIds: supporting });
    expect((rows[0]!.after as { indicators: unknown[] }).indicators).toHaveLength(task.indicators.length + 1);
    const after = await taskByCode('NV3.02');
    expect(after.supportingUnitIds).toEqual(supporting);
    expect(after.indicators.at(-1)).toMatchObject({ name: 'Hộ nuôi ong tham gia', target: 40 });
  });

  it('refuses a stale version with the current task and changes nothing', async () => {
    const task = await taskByCode('NV3.02');
    await expectRefusedWithoutChange(task.id, () => updateTask(t.db, leader(), task.id, { version: task.version - 1, title: 'Bản sửa đè' }, ctx), {
      code: 'conflict',
      messageKey: 'staleVersion',
      details: { current: expect.objectContaining({ id: task.id, version: task.version, title: task.title }) },
    });
  });

  it('refuses an officer and changes nothing', async () => {
    const task = await taskByCode('NV3.01');
    await expectRefusedWithoutChange(task.id, () => updateTask(t.db, officerTd(), task.id, { version: task.version, title: 'Sửa bởi cán bộ' }, ctx), { code: 'forbidden' });
  });
});

describe('changeTaskState', () => {
  it('pauses and resumes, one audit row each', async () => {
    const task = await taskByCode('NV3.02');
    const paused = await auditOf(() => changeTaskState(t.db, leader(), task.id, { version: task.version, action: 'pause' }, ctx));
    expect(paused).toHaveLength(1);
    expect(paused[0]).toMatchObject({ action: 'task.pause', before: { status: task.status }, after: { status: 'paused' } });
    const mid = await taskByCode('NV3.02');
    expect(mid).toMatchObject({ status: 'paused', version: task.version + 1 });
    const resumed = await auditOf(() => changeTaskState(t.db, leader(), task.id, { version: mid.version, action: 'resume' }, ctx));
    expect(resumed).toHaveLength(1);
    expect(resumed[0]).toMatchObject({ action: 'task.resume', before: { status: 'paused' }, after: { status: task.status } });
  });

  it('cancels only with a reason, and keeps the reason', async () => {
    const task = await taskByCode('NV4.99');
    await expectRefusedWithoutChange(task.id, () => changeTaskState(t.db, leader(), task.id, { version: task.version, action: 'cancel', reason: '  ' }, ctx), {
      code: 'invalid',
      details: { fields: { reason: ['reasonRequired'] } },
    });
    const rows = await auditOf(() => changeTaskState(t.db, leader(), task.id, { version: task.version, action: 'cancel', reason: 'Gộp vào nhiệm vụ NV4.02.' }, ctx));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'task.cancel', before: { status: 'not_started' }, after: { status: 'cancelled', reason: 'Gộp vào nhiệm vụ NV4.02.' } });
    expect(await taskByCode('NV4.99')).toMatchObject({ status: 'cancelled', cancelReason: 'Gộp vào nhiệm vụ NV4.02.', timeliness: 'cancelled' });
  });

  it('refuses a stale version and changes nothing', async () => {
    const task = await taskByCode('NV3.01');
    await expectRefusedWithoutChange(task.id, () => changeTaskState(t.db, leader(), task.id, { version: task.version + 5, action: 'pause' }, ctx), { code: 'conflict' });
  });
});

describe('recordProgress', () => {
  it('records an officer update on his unit’s task, with one audit row', async () => {
    const task = await taskByCode('NV3.01');
    const [first] = task.indicators;
    const rows = await auditOf(() =>
      recordProgress(t.db, officerTd(), task.id, { version: task.version, progress: 85, note: 'Hoàn thiện bản đồ khu vực địa lý.', indicatorActuals: [{ indicatorId: first!.id, value: 1 }], requestCompletion: false }, [], ctx),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'task.update_progress', task_id: task.id, actor_id: officerTd().id });
    expect(rows[0]!.before).toEqual({ progress: task.progress, status: task.status });
    expect(rows[0]!.after).toMatchObject({ progress: 85, status: 'in_progress', note: 'Hoàn thiện bản đồ khu vực địa lý.', indicatorActuals: [{ indicatorId: first!.id, value: 1 }] });
    const after = await taskByCode('NV3.01');
    expect(after).toMatchObject({ progress: 85, version: task.version + 1 });
    expect(after.indicators[0]).toMatchObject({ actual: 1 });
    const [latest] = await listUpdates(t.db, officerTd(), task.id);
    expect(latest).toMatchObject({ progressBefore: task.progress, progressAfter: 85, authorId: officerTd().id, requestsCompletion: false });
  });

  it('refuses a stale version with the current task and changes nothing', async () => {
    const task = await taskByCode('NV3.01');
    await expectRefusedWithoutChange(
      task.id,
      () => recordProgress(t.db, officerTd(), task.id, { version: task.version - 1, progress: 90, note: '', indicatorActuals: [], requestCompletion: false }, [], ctx),
      { code: 'conflict', details: { current: expect.objectContaining({ version: task.version, progress: task.progress }) } },
    );
  });

  it('refuses an officer of a unit the task does not involve and changes nothing', async () => {
    const task = await taskByCode('NV3.01');
    expect(task.leadUnitId).not.toBe(officerQlkh().unitId);
    expect(task.supportingUnitIds).not.toContain(officerQlkh().unitId);
    await expectRefusedWithoutChange(
      task.id,
      () => recordProgress(t.db, officerQlkh(), task.id, { version: task.version, progress: 95, note: 'Không thuộc đơn vị', indicatorActuals: [], requestCompletion: false }, [], ctx),
      { code: 'forbidden', messageKey: 'notYourUnit' },
    );
  });

  it('refuses a viewer and changes nothing', async () => {
    const task = await taskByCode('NV3.01');
    await expectRefusedWithoutChange(
      task.id,
      () => recordProgress(t.db, people['ubnd@langson.gov.vn']!, task.id, { version: task.version, progress: 95, note: '', indicatorActuals: [], requestCompletion: false }, [], ctx),
      { code: 'forbidden' },
    );
  });

  it('refuses a completion request below 100% and changes nothing', async () => {
    const task = await taskByCode('NV3.01');
    await expectRefusedWithoutChange(
      task.id,
      () => recordProgress(t.db, officerTd(), task.id, { version: task.version, progress: 95, note: 'Gần xong', indicatorActuals: [], requestCompletion: true }, [], ctx),
      { code: 'invalid', details: { fields: { progress: ['completionNeeds100'] } } },
    );
  });

  it('refuses an indicator of another task and changes nothing', async () => {
    const task = await taskByCode('NV3.01');
    const other = await taskByCode('NV3.02');
    await expectRefusedWithoutChange(
      task.id,
      () => recordProgress(t.db, officerTd(), task.id, { version: task.version, progress: 90, note: '', indicatorActuals: [{ indicatorId: other.indicators[0]!.id, value: 5 }], requestCompletion: false }, [], ctx),
      { code: 'invalid', details: { fields: { indicatorActuals: ['indicatorUnknown'] } } },
    );
  });

  it('stores evidence with its size and SHA-256 and refuses a file that is not an accepted type', async () => {
    const task = await taskByCode('NV3.01');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const rows = await auditOf(() =>
      recordProgress(t.db, officerTd(), task.id, { version: task.version, progress: 88, note: 'Kèm biên bản', indicatorActuals: [], requestCompletion: false }, [{ name: 'bien-ban.pdf', bytes: pdf }], ctx),
    );
    expect(rows).toHaveLength(1);
    const [attachment] = (rows[0]!.after as { attachments: { fileName: string; sizeBytes: number; sha256: string }[] }).attachments;
    expect(attachment).toMatchObject({ fileName: 'bien-ban.pdf', sizeBytes: pdf.byteLength });
    expect(attachment!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const now = await taskByCode('NV3.01');
    await expectRefusedWithoutChange(
      now.id,
      () => recordProgress(t.db, officerTd(), now.id, { version: now.version, progress: 89, note: '', indicatorActuals: [], requestCompletion: false }, [{ name: 'setup.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) }], ctx),
      { code: 'unsupported_type' },
    );
  });
});

describe('reviewCompletion', () => {
  it('confirms with the date of the request even when confirmed later, one audit row per step', async () => {
    const task = await taskByCode('NV3.01');
    const requested = await auditOf(() =>
      recordProgress(t.db, officerTd(), task.id, { version: task.version, progress: 100, note: 'Đã nộp hồ sơ đăng ký.', indicatorActuals: [], requestCompletion: true }, [], { today: '2021-10-15' }),
    );
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatchObject({ action: 'task.request_completion', before: { progress: task.progress, status: 'in_progress' }, after: { progress: 100, status: 'awaiting_confirmation' } });
    const awaiting = await taskByCode('NV3.01');
    expect(awaiting).toMatchObject({ status: 'awaiting_confirmation', completionRequestedOn: '2021-10-15', completedOn: null });

    // An officer cannot confirm his own request.
    await expectRefusedWithoutChange(task.id, () => reviewCompletion(t.db, officerTd(), task.id, { version: awaiting.version, decision: 'confirm' }, ctx), { code: 'forbidden' });
    // A stale version is refused.
    await expectRefusedWithoutChange(task.id, () => reviewCompletion(t.db, leader(), task.id, { version: awaiting.version - 1, decision: 'confirm' }, ctx), { code: 'conflict' });

    const confirmed = await auditOf(() => reviewCompletion(t.db, leader(), task.id, { version: awaiting.version, decision: 'confirm' }, { today: '2022-01-10' }));
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]).toMatchObject({ action: 'task.confirm_completion', actor_id: leader().id, before: { status: 'awaiting_confirmation' }, after: { status: 'completed', completedOn: '2021-10-15' } });
    const done = await getTask(t.db, leader(), task.id, '2022-01-10');
    expect(done).toMatchObject({ status: 'completed', completedOn: '2021-10-15', timeliness: 'completed_on_time' });
    const [latest] = await listUpdates(t.db, leader(), task.id);
    expect(latest!.review).toMatchObject({ decision: 'confirm', reason: null });
  });

  it('returns with a reason (required) back to in progress, one audit row', async () => {
    const [row] = await queryRows<{ code: string }>(
      t.db,
      sql`SELECT t.code FROM tasks t JOIN units u ON u.id = t.lead_unit_id WHERE u.code = 'QLKH' AND t.status = 'in_progress' ORDER BY t.code LIMIT 1`,
    );
    const task = await taskByCode(row!.code);
    await recordProgress(t.db, officerQlkh(), task.id, { version: task.version, progress: 100, note: 'Xong', indicatorActuals: [], requestCompletion: true }, [], ctx);
    const awaiting = await taskByCode(row!.code);
    await expectRefusedWithoutChange(task.id, () => reviewCompletion(t.db, leader(), task.id, { version: awaiting.version, decision: 'return', reason: '' }, ctx), {
      code: 'invalid',
    });
    const rows = await auditOf(() => reviewCompletion(t.db, leader(), task.id, { version: awaiting.version, decision: 'return', reason: 'Thiếu biên bản nghiệm thu.' }, ctx));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'task.return_completion', before: { status: 'awaiting_confirmation' }, after: { status: 'in_progress', completedOn: null, reason: 'Thiếu biên bản nghiệm thu.' } });
    expect(await taskByCode(row!.code)).toMatchObject({ status: 'in_progress', completedOn: null, completionRequestedOn: null, progress: 100 });
    const [latest] = await listUpdates(t.db, officerQlkh(), task.id);
    expect(latest!.review).toMatchObject({ decision: 'return', reason: 'Thiếu biên bản nghiệm thu.' });
  });
});

describe('addComment', () => {
  it('appends a comment with one audit row', async () => {
    const task = await taskByCode('NV3.06');
    const rows = await auditOf(() => addComment(t.db, officerTd(), task.id, { body: 'Đã gửi bổ sung biên bản nghiệm thu.' }, ctx));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'comment.create', entity: 'comment', task_id: task.id, actor_id: officerTd().id, before: null, after: { body: 'Đã gửi bổ sung biên bản nghiệm thu.' } });
  });

  it('refuses an officer of an uninvolved unit and changes nothing', async () => {
    const task = await taskByCode('NV3.06');
    await expectRefusedWithoutChange(task.id, () => addComment(t.db, officerQlkh(), task.id, { body: 'Không thuộc đơn vị' }, ctx), { code: 'forbidden' });
  });
});

describe('a closed plan', () => {
  it('refuses every write and changes nothing', async () => {
    const task = await taskByCode('NV3.02');
    const [priority] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM priorities WHERE code = 'NV4'`);
    await t.db.execute(sql`UPDATE plans SET status = 'closed' WHERE id = ${task.planId}`);
    try {
      const closed = { code: 'forbidden', messageKey: 'planClosed' };
      await expectRefusedWithoutChange(task.id, () => updateTask(t.db, leader(), task.id, { version: task.version, title: 'Sửa khi đã đóng' }, ctx), closed);
      await expectRefusedWithoutChange(task.id, () => changeTaskState(t.db, leader(), task.id, { version: task.version, action: 'pause' }, ctx), closed);
      await expectRefusedWithoutChange(
        task.id,
        () => recordProgress(t.db, leader(), task.id, { version: task.version, progress: 70, note: '', indicatorActuals: [], requestCompletion: false }, [], ctx),
        closed,
      );
      await expectRefusedWithoutChange(task.id, () => addComment(t.db, leader(), task.id, { body: 'Bình luận khi đã đóng' }, ctx), closed);
      await expectRefusedWithoutChange(
        task.id,
        () =>
          createTask(t.db, leader(), { priorityId: priority!.id, parentId: null, code: 'NV4.97', title: 'Mới khi đã đóng', description: '', leadUnitId: task.leadUnitId, supportingUnitIds: [], ownerId: null, startDate: '2021-10-01', dueDate: '2021-10-30', weight: 1, indicators: [] }, ctx),
        closed,
      );
    } finally {
      await t.db.execute(sql`UPDATE plans SET status = 'active' WHERE id = ${task.planId}`);
    }
  });
});
