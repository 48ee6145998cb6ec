// The seed: the 2021 plan of PRODUCT.md, idempotent, with a believable state of progress.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveTimeliness } from '@/db/domain/timeliness';
import { queryRows } from '@/db/raw';
import { countRows, seedDatabase } from '@/db/seed/seed';
import { SEED_AS_OF } from '@/db/seed/plan-2021';
import { createTestDb, TEST_PASSWORD, type TestDb } from '../support/test-db';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ seed: true });
});
afterAll(() => t.close());

describe('seed', () => {
  it('adds nothing when run a second time', async () => {
    const before = await countRows(t.db);
    const result = await seedDatabase(t.db, { demoPassword: TEST_PASSWORD });
    expect(result).toEqual({ unitsCreated: 0, usersCreated: 0, planCreated: false });
    expect(await countRows(t.db)).toEqual(before);
  });

  it('has 7 priorities with their legal basis and at least 30 tasks', async () => {
    const priorities = await queryRows<{ code: string; legal_basis: string }>(t.db, sql`SELECT code, legal_basis FROM priorities ORDER BY sort_order`);
    expect(priorities).toHaveLength(7);
    expect(priorities.every((p) => p.legal_basis.trim().length > 0)).toBe(true);
    expect(priorities.map((p) => p.legal_basis).join(' ')).toContain('527/QĐ-UBND');
    const [tasks] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM tasks`);
    expect(tasks!.n).toBeGreaterThanOrEqual(30);
  });

  it('has the 11 district-level units of 2021, ended on 30/06/2025, and the divisions', async () => {
    const districts = await queryRows<{ name: string; valid_to: string }>(t.db, sql`SELECT name, valid_to::text FROM units WHERE kind = 'district'`);
    expect(districts).toHaveLength(11);
    expect(districts.map((d) => d.name)).toEqual(expect.arrayContaining(['Thành phố Lạng Sơn', 'huyện Tràng Định', 'huyện Đình Lập']));
    expect(new Set(districts.map((d) => d.valid_to))).toEqual(new Set(['2025-06-30']));
    const [divisions] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM units WHERE kind = 'division'`);
    expect(divisions!.n).toBe(7);
  });

  it('has the demo accounts with their roles and units', async () => {
    const users = await queryRows<{ email: string; role: string; unit: string }>(
      t.db,
      sql`SELECT u.email, u.role, n.name AS unit FROM users u JOIN units n ON n.id = u.unit_id ORDER BY u.id LIMIT 5`,
    );
    expect(users).toEqual([
      { email: 'quantri@khcn.langson.gov.vn', role: 'admin', unit: 'Văn phòng Sở' },
      { email: 'lanhdao@khcn.langson.gov.vn', role: 'leader', unit: 'Ban Giám đốc Sở' },
      { email: 'qlkh@khcn.langson.gov.vn', role: 'officer', unit: 'Phòng Quản lý Khoa học' },
      { email: 'trangdinh@langson.gov.vn', role: 'officer', unit: 'huyện Tràng Định' },
      { email: 'ubnd@langson.gov.vn', role: 'viewer', unit: 'Văn phòng UBND tỉnh' },
    ]);
  });

  it('lets both demo officers lead some tasks and support others, and leaves some tasks to neither', async () => {
    const rows = await queryRows<{ code: string; leads: number; supports: number }>(
      t.db,
      sql`SELECT n.code,
            (SELECT count(*)::int FROM tasks WHERE lead_unit_id = n.id) AS leads,
            (SELECT count(*)::int FROM task_supporting_units WHERE unit_id = n.id) AS supports
          FROM units n WHERE n.code IN ('QLKH', 'TD') ORDER BY n.code`,
    );
    for (const row of rows) {
      expect(row.leads, row.code).toBeGreaterThan(0);
      expect(row.supports, row.code).toBeGreaterThan(0);
    }
    const [neither] = await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM tasks tk
          WHERE tk.lead_unit_id NOT IN (SELECT id FROM units WHERE code IN ('QLKH', 'TD'))
            AND NOT EXISTS (SELECT 1 FROM task_supporting_units s JOIN units n ON n.id = s.unit_id
                            WHERE s.task_id = tk.id AND n.code IN ('QLKH', 'TD'))`,
    );
    expect(neither!.n).toBeGreaterThan(0);
  });

  it(`tells a story as of ${SEED_AS_OF}: on time, late, in progress, overdue, not started`, async () => {
    const tasks = await queryRows<{
      status: 'not_started' | 'in_progress' | 'awaiting_confirmation' | 'completed' | 'paused' | 'cancelled';
      progress: number;
      start_date: string;
      due_date: string;
      completed_on: string | null;
      completion_requested_on: string | null;
    }>(t.db, sql`SELECT status, progress, start_date::text, due_date::text, completed_on::text, completion_requested_on::text FROM tasks`);
    const counts = new Map<string, number>();
    for (const task of tasks) {
      const value = deriveTimeliness(
        {
          status: task.status,
          progress: task.progress,
          startDate: task.start_date,
          dueDate: task.due_date,
          completedOn: task.completed_on,
          completionRequestedOn: task.completion_requested_on,
        },
        SEED_AS_OF,
      );
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    for (const bucket of ['completed_on_time', 'completed_late', 'on_schedule', 'at_risk', 'overdue', 'not_started']) {
      expect(counts.get(bucket) ?? 0, bucket).toBeGreaterThan(0);
    }
  });

  it('writes the seeded history to the audit log', async () => {
    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM progress_updates p
          WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.task_id = p.task_id AND a.at = p.created_at)`,
    );
    expect(row!.n).toBe(0);
  });
});
