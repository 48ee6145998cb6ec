// The large-data generator (issue 6): the same seed gives the same rows, another seed other rows,
// and what it makes holds together — versions match the audit log, every plan's tasks are dated
// inside its year, and the plan "today" shows every state a real plan has.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@/db/raw';
import { generateData, generatedToday } from '@/db/seed/generate';
import { timelinessSql, aliasColumns } from '@/db/queries/timeliness-sql';
import { createTestDb, TEST_PASSWORD, type TestDb } from '../support/test-db';

const OPTIONS = { tasks: 300, updates: 1500, seed: 7, year: 2026, password: TEST_PASSWORD };

let a: TestDb;
let b: TestDb;
let c: TestDb;

/** A fingerprint of everything generated that does not depend on the wall clock. */
async function fingerprint(t: TestDb): Promise<string> {
  const [row] = await queryRows<{ tasks: string; updates: string; extras: string }>(
    t.db,
    sql`SELECT
      (SELECT md5(string_agg(concat_ws('|', t.code, t.title, t.status, t.progress, t.weight, t.start_date, t.due_date, t.completed_on, u.code, t.version), ',' ORDER BY t.code))
         FROM tasks t JOIN units u ON u.id = t.lead_unit_id) AS tasks,
      (SELECT md5(string_agg(concat_ws('|', t.code, p.progress_before, p.progress_after, p.requests_completion, p.created_at), ',' ORDER BY t.code, p.created_at, p.progress_after))
         FROM progress_updates p JOIN tasks t ON t.id = p.task_id) AS updates,
      (SELECT md5(concat_ws('|', (SELECT count(*) FROM indicators), (SELECT count(*) FROM task_supporting_units), (SELECT count(*) FROM comments),
         (SELECT count(*) FROM completion_reviews), (SELECT count(*) FROM audit_log WHERE action <> 'seed.create'), (SELECT count(*) FROM users)))) AS extras`,
  );
  return JSON.stringify(row);
}

beforeAll(async () => {
  [a, b, c] = await Promise.all([createTestDb({ seed: true }), createTestDb({ seed: true }), createTestDb({ seed: true })]);
  await generateData(a.db, OPTIONS);
  await generateData(b.db, OPTIONS);
  await generateData(c.db, { ...OPTIONS, seed: 8 });
}, 240_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), c?.close()]);
});

describe('db:generate', () => {
  it('makes the same rows from the same seed, and other rows from another', async () => {
    const fa = await fingerprint(a);
    expect(await fingerprint(b)).toBe(fa);
    expect(await fingerprint(c)).not.toBe(fa);
  });

  it('makes the tasks and updates it was asked for, in five plans', async () => {
    const [row] = await queryRows<{ tasks: number; updates: number; plans: number }>(
      a.db,
      sql`SELECT (SELECT count(*)::int FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE p.year > 2021) AS tasks,
                 (SELECT count(*)::int FROM progress_updates u JOIN tasks t ON t.id = u.task_id JOIN plans p ON p.id = t.plan_id WHERE p.year > 2021) AS updates,
                 (SELECT count(*)::int FROM plans WHERE year > 2021) AS plans`,
    );
    expect(row).toEqual({ tasks: OPTIONS.tasks, updates: OPTIONS.updates, plans: 5 });
  });

  it('gives each task the version its audited writes add up to, dated inside its plan year', async () => {
    const bad = await queryRows<{ code: string }>(
      a.db,
      sql`SELECT t.code FROM tasks t JOIN plans p ON p.id = t.plan_id
          WHERE p.year > 2021 AND (
            t.version <> 1 + (SELECT count(*) FROM audit_log l WHERE l.task_id = t.id AND l.action IN ('task.update_progress', 'task.request_completion', 'task.confirm_completion'))
            OR (SELECT count(*) FROM audit_log l WHERE l.task_id = t.id AND l.action = 'task.create') <> 1
            OR extract(year FROM t.start_date) <> p.year OR extract(year FROM t.due_date) <> p.year
            OR EXISTS (SELECT 1 FROM progress_updates u WHERE u.task_id = t.id AND u.progress_after > t.progress))`,
    );
    expect(bad).toEqual([]);
  });

  it('shows every state of a plan on its "today"', async () => {
    const today = generatedToday(OPTIONS.year);
    const rows = await queryRows<{ tl: string; n: number }>(
      a.db,
      sql`SELECT ${timelinessSql(today, aliasColumns('t'))} AS tl, count(*)::int AS n FROM tasks t JOIN plans p ON p.id = t.plan_id
          WHERE p.year = ${OPTIONS.year} GROUP BY 1`,
    );
    const states = Object.fromEntries(rows.map((r) => [r.tl, r.n]));
    for (const state of ['not_started', 'on_schedule', 'at_risk', 'overdue', 'completed_on_time', 'completed_late', 'cancelled']) expect(states[state], state).toBeGreaterThan(0);
  });

  it('refuses a database that already holds generated plans', async () => {
    await expect(generateData(a.db, OPTIONS)).rejects.toThrow(/fresh database/);
  });
});
