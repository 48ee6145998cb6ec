// "No write is half-applied", as queries: every change of a task is one transaction that bumps its
// version and appends its audit row (db/queries/task-writes.ts, progress.ts, comments.ts), and the
// seed writes its history the same way (db/seed/seed.ts). So, for every task:
//   - version = 1 + its audit rows other than its creation (task.create / task.import; tasks copied
//     into next year's plan have none and start at version 1);
//   - its progress reports (progress_updates) and their audit rows are equal in number, each audit
//     row written by the app names its own report (after.updateId), with its indicator values and
//     evidence files;
//   - the reports form one chain (each starts from the progress the previous one left) and the task
//     shows the last one's progress: a lost or duplicated report breaks the chain;
//   - completion reviews and comments have their audit rows, one for one.
// Returns the violations as readable lines, so a failing test names the task and the rule.
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/raw';

type Rule = { name: string; query: SQL };

const REPORT_ACTIONS = sql`('task.update_progress', 'task.request_completion')`;
const REVIEW_ACTIONS = sql`('task.confirm_completion', 'task.return_completion')`;
const CREATE_ACTIONS = sql`('task.create', 'task.import')`;

const RULES: Rule[] = [
  {
    name: 'version = 1 + audited changes, one creation row',
    query: sql`
      SELECT t.id AS task_id, t.version, coalesce(a.changes, 0) AS changes, coalesce(a.created, 0) AS created
      FROM tasks t
      JOIN plans p ON p.id = t.plan_id
      LEFT JOIN (
        SELECT entity_id, count(*) FILTER (WHERE action NOT IN ${CREATE_ACTIONS}) AS changes,
               count(*) FILTER (WHERE action IN ${CREATE_ACTIONS}) AS created
        FROM audit_log WHERE entity = 'task' GROUP BY entity_id
      ) a ON a.entity_id = t.id::text
      WHERE t.version <> 1 + coalesce(a.changes, 0)
         OR coalesce(a.created, 0) > 1
         OR (coalesce(a.created, 0) = 0 AND p.previous_plan_id IS NULL)`,
  },
  {
    name: 'progress reports = their audit rows',
    query: sql`
      SELECT t.id AS task_id, coalesce(u.n, 0) AS reports, coalesce(a.n, 0) AS audit_rows
      FROM tasks t
      LEFT JOIN (SELECT task_id, count(*) AS n FROM progress_updates GROUP BY task_id) u ON u.task_id = t.id
      LEFT JOIN (SELECT entity_id, count(*) AS n FROM audit_log WHERE entity = 'task' AND action IN ${REPORT_ACTIONS} GROUP BY entity_id) a
        ON a.entity_id = t.id::text
      WHERE coalesce(u.n, 0) <> coalesce(a.n, 0)`,
  },
  {
    name: 'each audited report exists once, on its task, with its indicator values and files',
    query: sql`
      SELECT a.id AS audit_id, a.entity_id AS task_id, a.after->>'updateId' AS update_id, u.task_id AS report_task,
             (SELECT count(*) FROM audit_log b WHERE b.entity = 'task' AND b.after->>'updateId' = a.after->>'updateId') AS audit_rows,
             jsonb_array_length(coalesce(a.after->'indicatorActuals', '[]'::jsonb)) AS actuals_audited,
             (SELECT count(*) FROM update_indicator_values v WHERE v.update_id = u.id) AS actuals_stored,
             jsonb_array_length(coalesce(a.after->'attachments', '[]'::jsonb)) AS files_audited,
             (SELECT count(*) FROM attachments f JOIN attachment_blobs fb ON fb.attachment_id = f.id WHERE f.update_id = u.id) AS files_stored
      FROM audit_log a
      LEFT JOIN progress_updates u ON u.id = (a.after->>'updateId')::int
      WHERE a.entity = 'task' AND a.action IN ${REPORT_ACTIONS} AND a.after->>'updateId' IS NOT NULL
        AND (u.id IS NULL OR u.task_id::text <> a.entity_id
             OR (SELECT count(*) FROM audit_log b WHERE b.entity = 'task' AND b.after->>'updateId' = a.after->>'updateId') <> 1
             OR jsonb_array_length(coalesce(a.after->'indicatorActuals', '[]'::jsonb)) <> (SELECT count(*) FROM update_indicator_values v WHERE v.update_id = u.id)
             OR jsonb_array_length(coalesce(a.after->'attachments', '[]'::jsonb))
                <> (SELECT count(*) FROM attachments f JOIN attachment_blobs fb ON fb.attachment_id = f.id WHERE f.update_id = u.id))`,
  },
  {
    name: 'reports form one chain ending at the task progress',
    query: sql`
      SELECT t.id AS task_id, t.progress, c.id AS update_id, c.progress_before, c.expected_before, last.progress_after AS last_after
      FROM tasks t
      LEFT JOIN (
        SELECT id, task_id, progress_before,
               coalesce(lag(progress_after) OVER (PARTITION BY task_id ORDER BY id), 0) AS expected_before
        FROM progress_updates
      ) c ON c.task_id = t.id AND c.progress_before <> c.expected_before
      LEFT JOIN LATERAL (SELECT progress_after FROM progress_updates u WHERE u.task_id = t.id ORDER BY u.id DESC LIMIT 1) last ON true
      WHERE c.id IS NOT NULL OR t.progress <> coalesce(last.progress_after, 0)`,
  },
  {
    name: 'completion reviews = their audit rows',
    query: sql`
      SELECT t.id AS task_id, coalesce(r.n, 0) AS reviews, coalesce(a.n, 0) AS audit_rows
      FROM tasks t
      LEFT JOIN (SELECT task_id, count(*) AS n FROM completion_reviews GROUP BY task_id) r ON r.task_id = t.id
      LEFT JOIN (SELECT entity_id, count(*) AS n FROM audit_log WHERE entity = 'task' AND action IN ${REVIEW_ACTIONS} GROUP BY entity_id) a
        ON a.entity_id = t.id::text
      WHERE coalesce(r.n, 0) <> coalesce(a.n, 0)`,
  },
  {
    name: 'each comment has one audit row and each comment audit row its comment',
    query: sql`
      SELECT c.id AS comment_id, c.task_id, a.id AS audit_id, a.task_id AS audited_task,
             (SELECT count(*) FROM audit_log b WHERE b.entity = 'comment' AND b.entity_id = a.entity_id) AS audit_rows
      FROM comments c
      FULL JOIN (SELECT * FROM audit_log WHERE entity = 'comment' AND action = 'comment.create') a ON a.entity_id = c.id::text
      WHERE c.id IS NULL OR a.id IS NULL OR a.task_id <> c.task_id
         OR (SELECT count(*) FROM audit_log b WHERE b.entity = 'comment' AND b.entity_id = a.entity_id) <> 1`,
  },
];

const SHOWN_PER_RULE = 5;

export async function historyViolations(db: Db | Tx): Promise<string[]> {
  const violations: string[] = [];
  for (const rule of RULES) {
    const rows = await queryRows<Record<string, unknown>>(db, rule.query);
    for (const row of rows.slice(0, SHOWN_PER_RULE)) violations.push(`${rule.name}: ${JSON.stringify(row)}`);
    if (rows.length > SHOWN_PER_RULE) violations.push(`${rule.name}: … and ${rows.length - SHOWN_PER_RULE} more`);
  }
  return violations;
}
