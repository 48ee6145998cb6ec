// Priority health ratings and quarterly narratives: audited, and a narrative cannot change once posted.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/db/errors';
import type { Viewer } from '@/db/policy';
import { healthHistory, listNarratives, postNarrative, setHealth } from '@/db/queries/priorities';
import { queryRows } from '@/db/raw';
import { createTestDb, type TestDb } from '../support/test-db';

let t: TestDb;
const viewers: Record<string, Viewer> = {};
let nv1: number;

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  for (const v of await queryRows<Viewer>(t.db, sql`SELECT id, role, unit_id AS "unitId", name, email FROM users`)) viewers[v.email] = v;
  nv1 = (await queryRows<{ id: number }>(t.db, sql`SELECT id FROM priorities WHERE code = 'NV1'`))[0]!.id;
});
afterAll(() => t.close());

const leader = () => viewers['lanhdao@khcn.langson.gov.vn']!;
const qlkh = () => viewers['qlkh@khcn.langson.gov.vn']!;
const trangDinh = () => viewers['trangdinh@langson.gov.vn']!;

async function auditRows(action: string) {
  return queryRows<{ before: unknown; after: { rating?: string; quarter?: number } }>(t.db, sql`SELECT before, after FROM audit_log WHERE action = ${action} AND entity_id = ${String(nv1)} ORDER BY id`);
}

describe('health rating', () => {
  it('is set by a leader, kept as history, and each change is audited with before and after', async () => {
    await setHealth(t.db, leader(), nv1, { rating: 'green', reason: 'Đúng tiến độ' });
    await setHealth(t.db, leader(), nv1, { rating: 'red', reason: 'Chậm nghiệm thu 3 đề tài' });
    const history = await healthHistory(t.db, leader(), nv1);
    expect(history.map((h) => h.rating)).toEqual(['red', 'green']);
    const audit = await auditRows('priority.set_health');
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ before: { rating: 'green' }, after: { rating: 'red' } });
  });

  it('is refused to officers, changing nothing', async () => {
    await expect(setHealth(t.db, qlkh(), nv1, { rating: 'green', reason: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await healthHistory(t.db, leader(), nv1)).toHaveLength(2);
  });
});

describe('quarterly narrative', () => {
  const narrative = { year: 2021, quarter: 3, doneText: 'Nghiệm thu 5 đề tài', plannedText: 'Chuyển giao 2 mô hình', figuresText: '41 đề tài, dự án' };

  it('is posted by the lead unit and audited', async () => {
    await postNarrative(t.db, qlkh(), nv1, narrative);
    expect((await listNarratives(t.db, qlkh(), nv1))[0]).toMatchObject({ quarter: 3, doneText: 'Nghiệm thu 5 đề tài' });
    expect(await auditRows('priority.post_narrative')).toHaveLength(1);
  });

  it('cannot be posted twice for a quarter, nor changed in the database itself', async () => {
    const second = await postNarrative(t.db, leader(), nv1, { ...narrative, doneText: 'Sửa lại' }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(AppError);
    expect((second as AppError).code).toBe('conflict');
    await expect(t.db.execute(sql`UPDATE priority_narratives SET done_text = 'Sửa trực tiếp'`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM priority_narratives`)).rejects.toThrow();
    expect((await listNarratives(t.db, qlkh(), nv1))[0]!.doneText).toBe('Nghiệm thu 5 đề tài');
    expect(await auditRows('priority.post_narrative')).toHaveLength(1);
  });

  it('is refused to an officer of another unit', async () => {
    await expect(postNarrative(t.db, trangDinh(), nv1, { ...narrative, quarter: 4 })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
