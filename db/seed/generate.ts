// The large-data generator (issue 6): fills a database, after the normal seed, with several years of
// plans — units, officers, priorities, tasks with supporting units and indicators, progress updates
// spread over each task's time, completion reviews, comments and their audit rows — so the app can be
// measured at 1,000 to 1,000,000 tasks. Deterministic: the same options give the same rows.
//
// The rows are made in SQL (INSERT … SELECT over generate_series) on one connection, because a
// million updates sent from Node would take minutes of round trips. Every random choice is a hash
// of (row number, purpose, seed) — hashint8extended — so nothing depends on the order rows are made.
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../client';
import { hashPassword } from '../passwords';
import { queryRows } from '../raw';

export const generateOptions = z.object({
  tasks: z.coerce.number().int().min(10).max(5_000_000),
  updates: z.coerce.number().int().min(0).max(50_000_000),
  seed: z.coerce.number().int().min(0).max(2_147_483_647).default(1),
  /** The year of the active plan; the plans of the four years before it are closed. */
  year: z.coerce.number().int().min(2022).max(2100).default(2026),
});
export type GenerateOptions = z.infer<typeof generateOptions>;

/** The "today" the generated plans describe: statuses and dates are drawn as they stood on it. */
export function generatedToday(year: number): string {
  return `${year}-10-15`;
}

/** Share of the tasks in the active plan; the closed plans share the rest equally. */
const ACTIVE_SHARE = 0.6;
const PLAN_YEARS = 5;
const PRIORITIES_PER_PLAN = 8;
const USERS_PER_UNIT = 5;

const VERBS = ['Xây dựng', 'Triển khai', 'Ứng dụng', 'Đánh giá', 'Hỗ trợ', 'Chuyển giao', 'Nghiên cứu', 'Tổ chức', 'Phát triển', 'Kiểm tra', 'Hoàn thiện', 'Nhân rộng'];
const OBJECTS = [
  'mô hình trồng hồi hữu cơ',
  'công nghệ sinh học trong chăn nuôi',
  'quyền sở hữu trí tuệ cho sản phẩm OCOP',
  'chỉ dẫn địa lý hồng không hạt Bảo Lâm',
  'tiêu chuẩn đo lường chất lượng hàng hóa',
  'chuyển đổi số trong quản lý khoa học',
  'hệ sinh thái khởi nghiệp đổi mới sáng tạo',
  'nhãn hiệu chứng nhận na Chi Lăng',
  'phòng thí nghiệm kiểm định',
  'an toàn bức xạ trong y tế',
  'giống lúa chất lượng cao',
  'cơ sở dữ liệu khoa học và công nghệ',
  'thiết bị đo lường tại chợ',
  'quy trình ISO 9001 ở cơ quan hành chính',
  'đề tài cấp tỉnh về dược liệu',
  'sàn giao dịch công nghệ',
];
const PLACES = ['Lạng Sơn', 'Đồng Đăng', 'Na Sầm', 'Thất Khê', 'Bắc Sơn', 'Hữu Lũng', 'Đình Lập', 'Lộc Bình', 'Chi Lăng', 'Văn Quan', 'Bình Gia', 'Cao Lộc', 'Tràng Định', 'Văn Lãng', 'Mẫu Sơn', 'Tân Thanh'];
const PRIORITY_TITLES = [
  'Nghiên cứu, ứng dụng khoa học và công nghệ vào sản xuất',
  'Phát triển thị trường khoa học và công nghệ',
  'Sở hữu trí tuệ và phát triển thương hiệu nông sản',
  'Tiêu chuẩn, đo lường, chất lượng',
  'Chuyển đổi số và đổi mới sáng tạo',
  'An toàn bức xạ và hạt nhân',
  'Thanh tra, kiểm tra chuyên ngành',
  'Thông tin, thống kê khoa học và công nghệ',
];
const COMMENTS = [
  'Đề nghị đơn vị bổ sung hồ sơ minh chứng.',
  'Đã làm việc với xã, tiến độ đảm bảo.',
  'Cần phối hợp thêm với Phòng Kế hoạch – Tài chính về kinh phí.',
  'Đã gửi báo cáo kết quả kiểm tra.',
  'Chậm do thời tiết, đề nghị gia hạn.',
  'Đã hoàn thành nghiệm thu cơ sở.',
];

/** A text[] literal for SQL. */
function textArray(values: string[]): SQL {
  return sql`ARRAY[${sql.join(values.map((v) => sql`${v}::text`), sql`, `)}]`;
}

export type GenerateResult = { plans: number; units: number; users: number; tasks: number; updates: number; comments: number; auditRows: number; seconds: number };

/**
 * Adds the generated plans to a database that holds the seed only; every generated officer signs
 * in with `password` (the demo password). Refuses one that already has
 * generated plans: generate into a fresh database (the bench makes its own).
 */
export async function generateData(db: Db, options: GenerateOptions & { password: string; log?: (line: string) => void }): Promise<GenerateResult> {
  const started = performance.now();
  const o = generateOptions.parse(options);
  const passwordHash = await hashPassword(options.password);
  await db.transaction(async (tx) => {
    const [existing] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM plans WHERE year > 2021`);
    if ((existing?.n ?? 0) > 0) throw new Error('This database already has plans after 2021: generate into a fresh database.');
    // A million rows take longer than the app's statement limit allows a request.
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    // Every random number below is rnd(row, purpose): uniform in [0, 1), fixed by the seed.
    await tx.execute(sql`CREATE FUNCTION pg_temp.rnd(i bigint, purpose int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
      $$ SELECT (hashint8extended(i * 64 + purpose, ${sql.raw(String(o.seed))}) & 2147483647)::float8 / 2147483648.0 $$`);
    const step = async (name: string, run: () => Promise<void>) => {
      const t0 = performance.now();
      await run();
      options.log?.(`${name}: ${Math.round(performance.now() - t0)} ms`);
    };
    await step('units and users', () => generateUnitsAndUsers(tx, o, passwordHash));
    await step('plans and priorities', () => generatePlans(tx, o));
    await step('tasks', () => generateTasks(tx, o));
    await step('updates and reviews', () => generateUpdates(tx, o));
    await step('comments, audit rows, versions', () => generateCommentsAndAudit(tx));
  });
  // VACUUM as well: the version UPDATE left a dead copy of every task, which index scans would visit.
  await db.execute(sql`VACUUM ANALYZE`);
  const [counts] = await queryRows<Omit<GenerateResult, 'seconds'>>(
    db,
    sql`SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM units)::int AS units, (SELECT count(*) FROM users)::int AS users,
               (SELECT count(*) FROM tasks)::int AS tasks, (SELECT count(*) FROM progress_updates)::int AS updates,
               (SELECT count(*) FROM comments)::int AS comments, (SELECT count(*) FROM audit_log)::int AS "auditRows"`,
  );
  return { ...counts!, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/** Communes (the local level since 1/7/2025, and before it too) with five officers each. */
async function generateUnitsAndUsers(tx: Tx, o: GenerateOptions, passwordHash: string) {
  const communes = Math.max(12, Math.min(300, Math.round(o.tasks / 400)));
  const places = textArray(PLACES);
  await tx.execute(sql`
    INSERT INTO units (code, name, kind, parent_id, valid_from, sort_order)
    SELECT 'XA' || lpad(g::text, 4, '0'),
           'xã ' || (${places})[1 + (g - 1) % ${PLACES.length}] || CASE WHEN g > ${PLACES.length} THEN ' ' || ((g - 1) / ${PLACES.length} + 1) ELSE '' END,
           'commune', NULL, DATE '2008-01-01', 1000 + g
    FROM generate_series(1, ${communes}) g`);
  // The units tasks are given to: the department's divisions and the communes, numbered 1…n.
  await tx.execute(sql`CREATE TEMP TABLE gen_units ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY id)::int AS idx, id FROM units WHERE kind IN ('division', 'commune') AND valid_to IS NULL`);
  await tx.execute(sql`
    INSERT INTO users (email, name, role, unit_id, password_hash)
    SELECT 'canbo' || u.idx || '.' || j || '@xa.langson.gov.vn', 'Cán bộ ' || j || ' – ' || un.name, 'officer', u.id, ${passwordHash}
    FROM gen_units u JOIN units un ON un.id = u.id CROSS JOIN generate_series(1, ${USERS_PER_UNIT}) j
    ORDER BY u.idx, j`);
  await tx.execute(sql`CREATE TEMP TABLE gen_owners ON COMMIT DROP AS
    SELECT u.idx AS unit_idx, row_number() OVER (PARTITION BY u.idx ORDER BY us.id)::int AS j, us.id
    FROM gen_units u JOIN users us ON us.unit_id = u.id AND us.role = 'officer'`);
  await tx.execute(sql`CREATE INDEX ON gen_owners (unit_idx, j)`);
}

/** Five plans (the active year and the four before it, closed), eight priorities each. */
async function generatePlans(tx: Tx, o: GenerateOptions) {
  const titles = textArray(PRIORITY_TITLES);
  await tx.execute(sql`
    INSERT INTO plans (year, title, status, created_at, updated_at)
    SELECT y, 'Kế hoạch công tác khoa học và công nghệ năm ' || y, CASE WHEN y = ${o.year} THEN 'active' ELSE 'closed' END::plan_status,
           make_date(y, 1, 5), make_date(y, 1, 5)
    FROM generate_series(${o.year - PLAN_YEARS + 1}::int, ${o.year}::int) y ORDER BY y`);
  await tx.execute(sql`CREATE TEMP TABLE gen_plans ON COMMIT DROP AS
    SELECT (year - ${o.year - PLAN_YEARS + 1})::int AS idx, id, year FROM plans WHERE year BETWEEN ${o.year - PLAN_YEARS + 1} AND ${o.year} AND title LIKE 'Kế hoạch công tác khoa học và công nghệ năm %'`);
  await tx.execute(sql`
    INSERT INTO priorities (plan_id, code, title, legal_basis, legal_basis_date, lead_unit_id, sort_order, created_at, updated_at)
    SELECT p.id, 'NV' || k, (${titles})[k], 'Quyết định số ' || (100 + k) || '/QĐ-UBND', make_date(p.year - 1, 12, 20),
           (SELECT id FROM gen_units WHERE idx = 1 + (k - 1) % 7), k, make_date(p.year, 1, 5), make_date(p.year, 1, 5)
    FROM gen_plans p CROSS JOIN generate_series(1, ${PRIORITIES_PER_PLAN}) k`);
  await tx.execute(sql`CREATE TEMP TABLE gen_priorities ON COMMIT DROP AS
    SELECT gp.idx AS plan_idx, pr.sort_order AS k, pr.id, pr.plan_id FROM priorities pr JOIN gen_plans gp ON gp.id = pr.plan_id`);
}

/**
 * Tasks, their supporting units and indicators. Statuses follow each task's dates against the plan's
 * "today" (generatedToday): most tasks due before it are completed, a few overdue or awaiting.
 */
async function generateTasks(tx: Tx, o: GenerateOptions) {
  const today = generatedToday(o.year);
  const [units] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM gen_units`);
  const unitCount = units!.n;
  const [verbs, objects, places] = [textArray(VERBS), textArray(OBJECTS), textArray(PLACES)];
  // Which plan a task belongs to: the active plan (idx 4) takes ACTIVE_SHARE, the others share the rest.
  await tx.execute(sql`CREATE TEMP TABLE gen_tasks ON COMMIT DROP AS
    WITH base AS (
      SELECT g,
             CASE WHEN pg_temp.rnd(g, 1) < ${ACTIVE_SHARE} THEN ${PLAN_YEARS - 1} ELSE floor(pg_temp.rnd(g, 2) * ${PLAN_YEARS - 1})::int END AS plan_idx,
             1 + floor(pg_temp.rnd(g, 3) * ${PRIORITIES_PER_PLAN})::int AS k,
             1 + floor(pg_temp.rnd(g, 4) * ${unitCount})::int AS unit_idx,
             floor(pg_temp.rnd(g, 5) * 200)::int AS start_offset,
             30 + floor(pg_temp.rnd(g, 6) * 300)::int AS length,
             pg_temp.rnd(g, 7) AS s, pg_temp.rnd(g, 8) AS p
      FROM generate_series(1, ${o.tasks}) g),
    dated AS (
      SELECT b.*, gp.year, make_date(gp.year, 1, 2) + b.start_offset AS start_date,
             least(make_date(gp.year, 1, 2) + b.start_offset + b.length, make_date(gp.year, 12, 31)) AS due_date,
             least(${today}::date, make_date(gp.year, 12, 31)) AS as_of
      FROM base b JOIN gen_plans gp ON gp.idx = b.plan_idx),
    statused AS (
      SELECT d.*,
        CASE WHEN d.as_of < d.start_date THEN CASE WHEN d.s < 0.9 THEN 'not_started' ELSE 'in_progress' END
             WHEN d.due_date < d.as_of THEN CASE WHEN d.s < 0.72 THEN 'completed' WHEN d.s < 0.86 THEN 'in_progress' WHEN d.s < 0.91 THEN 'awaiting_confirmation'
                                                 WHEN d.s < 0.94 THEN 'cancelled' WHEN d.s < 0.96 THEN 'paused' ELSE 'not_started' END
             ELSE CASE WHEN d.s < 0.6 THEN 'in_progress' WHEN d.s < 0.82 THEN 'not_started' WHEN d.s < 0.91 THEN 'completed'
                       WHEN d.s < 0.95 THEN 'awaiting_confirmation' WHEN d.s < 0.98 THEN 'paused' ELSE 'cancelled' END
        END::task_status AS status
      FROM dated d)
    SELECT g, plan_idx, k, unit_idx, start_date, due_date, as_of, status,
      CASE status WHEN 'completed' THEN 100 WHEN 'awaiting_confirmation' THEN 100 WHEN 'not_started' THEN 0
                  WHEN 'in_progress' THEN 5 + floor(p * 91)::int ELSE floor(p * 80)::int END AS progress,
      -- Completed on the request date: mostly on time, a fifth late (never after "today").
      CASE WHEN status IN ('completed', 'awaiting_confirmation') THEN
        least(as_of, greatest(start_date, CASE WHEN pg_temp.rnd(g, 9) < 0.8 THEN due_date - floor(pg_temp.rnd(g, 10) * 20)::int ELSE due_date + 1 + floor(pg_temp.rnd(g, 10) * 30)::int END))
      END AS requested_on
    FROM statused`);
  await tx.execute(sql`
    INSERT INTO tasks (plan_id, priority_id, code, title, description, lead_unit_id, owner_id, start_date, due_date, status, progress, weight,
                       completed_on, completion_requested_on, cancel_reason, version, created_by_id, created_at, updated_at)
    SELECT gp.id, pr.id, 'NV-' || gp.year || '-' || lpad(t.g::text, 7, '0'),
           (${verbs})[1 + floor(pg_temp.rnd(t.g, 11) * ${VERBS.length})::int] || ' ' || (${objects})[1 + floor(pg_temp.rnd(t.g, 12) * ${OBJECTS.length})::int]
             || ' tại ' || (${places})[1 + floor(pg_temp.rnd(t.g, 13) * ${PLACES.length})::int],
           'Nhiệm vụ sinh tự động số ' || t.g || ' để đo hiệu năng.',
           gu.id, o.id, t.start_date, t.due_date, t.status, t.progress, 1 + floor(pg_temp.rnd(t.g, 14) * 3)::int,
           CASE WHEN t.status = 'completed' THEN t.requested_on END, t.requested_on,
           CASE WHEN t.status = 'cancelled' THEN 'Không còn phù hợp với tình hình thực tế.' END,
           1, (SELECT id FROM users WHERE email = 'lanhdao@khcn.langson.gov.vn'), t.start_date - 3, t.start_date - 3
    FROM gen_tasks t
    JOIN gen_plans gp ON gp.idx = t.plan_idx
    JOIN gen_priorities pr ON pr.plan_idx = t.plan_idx AND pr.k = t.k
    JOIN gen_units gu ON gu.idx = t.unit_idx
    LEFT JOIN gen_owners o ON o.unit_idx = t.unit_idx AND o.j = 1 + floor(pg_temp.rnd(t.g, 15) * ${USERS_PER_UNIT})::int
    ORDER BY t.g`);
  // gen_tasks.g ↔ tasks.id, through the unique code.
  await tx.execute(sql`ALTER TABLE gen_tasks ADD COLUMN id int`);
  await tx.execute(sql`UPDATE gen_tasks t SET id = x.id FROM tasks x JOIN gen_plans gp ON gp.id = x.plan_id
    WHERE x.code = 'NV-' || gp.year || '-' || lpad(t.g::text, 7, '0')`);
  await tx.execute(sql`CREATE UNIQUE INDEX ON gen_tasks (g)`);
  // A third of the tasks have one or two supporting units (never the lead).
  await tx.execute(sql`
    INSERT INTO task_supporting_units (task_id, unit_id)
    SELECT DISTINCT t.id, gu.id FROM gen_tasks t CROSS JOIN generate_series(1, 2) n
    JOIN gen_units gu ON gu.idx = 1 + (t.unit_idx + floor(pg_temp.rnd(t.g * 2 + n, 16) * ${unitCount - 1})::int) % ${unitCount}
    WHERE pg_temp.rnd(t.g, 17) < CASE n WHEN 1 THEN 0.33 ELSE 0.12 END`);
  // Half the tasks measure an indicator, some a second; the actual follows the progress.
  await tx.execute(sql`
    INSERT INTO indicators (task_id, name, unit_of_measure, target, actual, sort_order, created_at, updated_at)
    SELECT t.id, CASE n WHEN 1 THEN 'Số mô hình được triển khai' ELSE 'Số người được tập huấn' END, CASE n WHEN 1 THEN 'mô hình' ELSE 'người' END,
           tg, CASE WHEN t.progress > 0 THEN round(tg * t.progress / 100.0) END, n, t.start_date - 3, t.start_date - 3
    FROM gen_tasks t CROSS JOIN generate_series(1, 2) n
    CROSS JOIN LATERAL (SELECT (CASE n WHEN 1 THEN 2 + floor(pg_temp.rnd(t.g, 18) * 20) ELSE 50 + floor(pg_temp.rnd(t.g, 19) * 500) END)::numeric AS tg) x
    WHERE pg_temp.rnd(t.g, 20) < CASE n WHEN 1 THEN 0.5 ELSE 0.15 END`);
}

/**
 * Progress updates: each task with progress gets one, and the rest of `updates` fall on tasks at
 * random; a task's updates climb evenly to its progress between its start and its last day of work.
 * The last update of a completed or awaiting task requests completion; completed ones are confirmed.
 */
async function generateUpdates(tx: Tx, o: GenerateOptions) {
  await tx.execute(sql`CREATE TEMP TABLE gen_active ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY g)::int AS n, g, id, progress, status, start_date, due_date, as_of, requested_on
    FROM gen_tasks WHERE progress > 0 AND status <> 'cancelled'`);
  const [active] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM gen_active`);
  const activeCount = active!.n;
  if (activeCount === 0 || o.updates === 0) return;
  await tx.execute(sql`CREATE INDEX ON gen_active (n)`);
  await tx.execute(sql`CREATE TEMP TABLE gen_updates ON COMMIT DROP AS
    WITH picked AS (
      SELECT i, CASE WHEN i <= ${activeCount} THEN i ELSE 1 + floor(pg_temp.rnd(i, 21) * ${activeCount})::int END AS n
      FROM generate_series(1, ${o.updates}) i),
    ranked AS (
      SELECT a.*, p.i, row_number() OVER (PARTITION BY a.n ORDER BY p.i) AS r, count(*) OVER (PARTITION BY a.n) AS c
      FROM picked p JOIN gen_active a ON a.n = p.n)
    SELECT i, id AS task_id, g, r, c,
      (progress * (r - 1) / c)::int AS progress_before, (progress * r / c)::int AS progress_after,
      r = c AND status IN ('completed', 'awaiting_confirmation') AS requests_completion,
      -- Spread between the start and the last day worked (the request date, or today), at office hours.
      (start_date + ((greatest(start_date, coalesce(requested_on, least(due_date, as_of))) - start_date) * r / c)::int)::timestamp
        + make_interval(hours => 8 + floor(pg_temp.rnd(i, 22) * 9)::int, mins => floor(pg_temp.rnd(i, 23) * 60)::int) AS at
    FROM ranked`);
  await tx.execute(sql`
    INSERT INTO progress_updates (task_id, author_id, progress_before, progress_after, note, requests_completion, created_at)
    SELECT u.task_id, coalesce(t.owner_id, t.created_by_id), u.progress_before, u.progress_after,
           CASE WHEN u.requests_completion THEN 'Đã hoàn thành, đề nghị xác nhận.' ELSE 'Cập nhật tiến độ lần ' || u.r || '.' END,
           u.requests_completion, u.at AT TIME ZONE 'Asia/Ho_Chi_Minh'
    FROM gen_updates u JOIN tasks t ON t.id = u.task_id
    ORDER BY u.at, u.i`);
  await tx.execute(sql`
    INSERT INTO completion_reviews (task_id, request_update_id, decision, reviewer_id, created_at)
    SELECT t.id, pu.id, 'confirm', (SELECT id FROM users WHERE email = 'lanhdao@khcn.langson.gov.vn'), pu.created_at + interval '1 day'
    FROM tasks t JOIN progress_updates pu ON pu.task_id = t.id AND pu.requests_completion
    WHERE t.status = 'completed' AND t.id IN (SELECT id FROM gen_tasks)`);
}

/** Comments on a quarter of the tasks; audit rows for every generated change; versions to match. */
async function generateCommentsAndAudit(tx: Tx) {
  const comments = textArray(COMMENTS);
  await tx.execute(sql`
    INSERT INTO comments (task_id, author_id, body, created_at)
    SELECT t.id, coalesce(x.owner_id, x.created_by_id), (${comments})[1 + floor(pg_temp.rnd(t.g, 24) * ${COMMENTS.length})::int],
           (t.start_date + 5)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '10 hours'
    FROM gen_tasks t JOIN tasks x ON x.id = t.id WHERE pg_temp.rnd(t.g, 25) < 0.25`);
  const generated = sql`(SELECT id FROM gen_tasks)`;
  await tx.execute(sql`
    INSERT INTO audit_log (at, actor_id, action, entity, entity_id, task_id, after)
    SELECT created_at, created_by_id, 'task.create', 'task', id::text, id, jsonb_build_object('code', code, 'title', title, 'generated', true)
    FROM tasks WHERE id IN ${generated}`);
  await tx.execute(sql`
    INSERT INTO audit_log (at, actor_id, action, entity, entity_id, task_id, before, after)
    SELECT created_at, author_id, CASE WHEN requests_completion THEN 'task.request_completion' ELSE 'task.update_progress' END, 'task', task_id::text, task_id,
           jsonb_build_object('progress', progress_before), jsonb_build_object('progress', progress_after, 'note', note, 'updateId', id)
    FROM progress_updates WHERE task_id IN ${generated}`);
  await tx.execute(sql`
    INSERT INTO audit_log (at, actor_id, action, entity, entity_id, task_id, before, after)
    SELECT created_at, reviewer_id, 'task.confirm_completion', 'task', task_id::text, task_id,
           jsonb_build_object('status', 'awaiting_confirmation'), jsonb_build_object('status', 'completed')
    FROM completion_reviews WHERE task_id IN ${generated}`);
  await tx.execute(sql`
    INSERT INTO audit_log (at, actor_id, action, entity, entity_id, task_id, after)
    SELECT created_at, author_id, 'comment.create', 'comment', id::text, task_id, jsonb_build_object('body', body)
    FROM comments WHERE task_id IN ${generated}`);
  // A task's version counts the writes it has been through: its creation, each update and each review.
  await tx.execute(sql`
    UPDATE tasks t SET version = 1 + coalesce(u.n, 0) + coalesce(r.n, 0), updated_at = greatest(t.updated_at, coalesce(u.last, t.updated_at))
    FROM gen_tasks g
    LEFT JOIN (SELECT task_id, count(*)::int AS n, max(created_at) AS last FROM progress_updates GROUP BY task_id) u ON u.task_id = g.id
    LEFT JOIN (SELECT task_id, count(*)::int AS n FROM completion_reviews GROUP BY task_id) r ON r.task_id = g.id
    WHERE t.id = g.id`);
}
