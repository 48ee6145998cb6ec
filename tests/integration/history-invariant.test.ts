// The consistency check the resilience tests rely on (tests/support/history-invariant.ts): it holds
// on the seed and after real writes, and it names each kind of half-applied write it exists to catch.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/db/policy';
import { queryRows } from '@/db/raw';
import { addComment } from '@/db/queries/comments';
import { recordProgress } from '@/db/queries/progress';
import { changeTaskState, updateTask } from '@/db/queries/task-writes';
import { getTask } from '@/db/queries/tasks';
import { historyViolations } from '../support/history-invariant';
import { createTestDb, type TestDb } from '../support/test-db';

const ctx = { today: '2021-10-15', ip: '10.0.0.9' };

let t: TestDb;
let leader: Viewer;
let taskId: number;

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  const [row] = await queryRows<Viewer & { unit_id: number }>(t.db, sql`SELECT id, role, unit_id, name, email FROM users WHERE role = 'leader' LIMIT 1`);
  leader = { id: row!.id, role: row!.role, unitId: row!.unit_id, name: row!.name, email: row!.email };
  const [task] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM tasks WHERE status = 'in_progress' AND EXISTS (SELECT 1 FROM indicators i WHERE i.task_id = tasks.id) ORDER BY id LIMIT 1`);
  taskId = task!.id;
});
afterAll(() => t.close());

/** Runs a raw statement inside a transaction that is rolled back, and returns what the check saw. */
async function violationsAfter(statement: ReturnType<typeof sql>): Promise<string[]> {
  let seen: string[] = [];
  await t.db
    .transaction(async (tx) => {
      await tx.execute(statement);
      seen = await historyViolations(tx);
      throw new Error('rollback');
    })
    .catch((error: Error) => {
      if (error.message !== 'rollback') throw error;
    });
  return seen;
}

describe('the history invariant', () => {
  it('holds on the seeded plan and after real writes through the data-access layer', async () => {
    expect(await historyViolations(t.db)).toEqual([]);
    let task = await getTask(t.db, leader, taskId, ctx.today);
    const indicatorId = task.indicators[0]!.id;
    task = await recordProgress(t.db, leader, taskId, { version: task.version, progress: 61, note: 'kiểm tra', indicatorActuals: [{ indicatorId, value: 3 }], requestCompletion: false }, [], ctx);
    task = await updateTask(t.db, leader, taskId, { version: task.version, description: 'Mô tả mới' }, ctx);
    task = await changeTaskState(t.db, leader, taskId, { version: task.version, action: 'pause' }, ctx);
    await changeTaskState(t.db, leader, taskId, { version: task.version, action: 'resume' }, ctx);
    await addComment(t.db, leader, taskId, { body: 'Ý kiến' }, ctx);
    expect(await historyViolations(t.db)).toEqual([]);
  });

  it('names a report without its audit row, a version bump without one, and a broken chain', async () => {
    const report = await violationsAfter(
      sql`INSERT INTO progress_updates (task_id, author_id, progress_before, progress_after) SELECT id, ${leader.id}, progress, progress + 1 FROM tasks WHERE id = ${taskId}`,
    );
    expect(report.join('\n')).toContain('progress reports = their audit rows');
    expect(report.join('\n')).toContain('reports form one chain');

    const version = await violationsAfter(sql`UPDATE tasks SET version = version + 1 WHERE id = ${taskId}`);
    expect(version).toHaveLength(1);
    expect(version[0]).toContain('version = 1 + audited changes');

    const progress = await violationsAfter(sql`UPDATE tasks SET progress = 7 WHERE id = ${taskId}`);
    expect(progress.join('\n')).toContain('reports form one chain');
  });

  it('names an audit row whose report, indicator value or comment is missing', async () => {
    const [lastReport] = await queryRows<{ id: number }>(t.db, sql`SELECT max(id)::int AS id FROM progress_updates WHERE task_id = ${taskId}`);
    const orphan = await violationsAfter(sql`DELETE FROM update_indicator_values WHERE update_id = ${lastReport!.id}`);
    expect(orphan.join('\n')).toContain('each audited report exists once');

    const comment = await violationsAfter(
      sql`INSERT INTO comments (task_id, author_id, body) VALUES (${taskId}, ${leader.id}, 'không có dòng nhật ký')`,
    );
    expect(comment.join('\n')).toContain('each comment has one audit row');
  });
});
