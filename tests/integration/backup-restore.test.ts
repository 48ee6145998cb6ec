// Backup and restore (issue 6). The seed, plus rows in every table the seed leaves empty, backed up
// and restored into another fresh database comes back identical, table by table and row by row, on
// the engine of the run — through db/backup.ts and through the npm scripts as child processes —
// except plan revisions, which a restore raises on purpose. A refused or failed restore changes
// nothing, and a restored database keeps its append-only protections. With DATABASE_URL, a PGlite
// backup is also restored into PostgreSQL.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase, type BackupSummary } from '@/db/backup';
import { openDatabase, type Db } from '@/db/client';
import { migratePglite } from '@/db/migrate';
import { queryRows } from '@/db/raw';
import * as s from '@/db/schema';
import { seedDatabase } from '@/db/seed/seed';
import { createTestDb, TEST_PASSWORD, type TestDb } from '../support/test-db';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-backup-'));
const onPostgres = !!process.env.DATABASE_URL;

/** Every byte value, twice: the blob must come back bit for bit. */
const BLOB = Buffer.from([...Array(512).keys()].map((i) => i % 256));

async function idOf(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, query);
  return Number(row!.id);
}

/** Rows in the tables the seed leaves empty, and values that a careless dump would bend. */
async function addRowsTheSeedLeavesEmpty(db: Db): Promise<void> {
  const leader = await idOf(db, sql`SELECT id FROM users WHERE email = 'lanhdao@khcn.langson.gov.vn'`);
  const priority = await idOf(db, sql`SELECT min(id) AS id FROM priorities`);
  const task = await idOf(db, sql`SELECT min(id) AS id FROM tasks`);
  // A unit whose parent is a newer unit: the restore cannot rely on id order.
  await db.execute(sql`INSERT INTO units (code, name, kind, valid_from) VALUES ('TEST_CHILD', 'Tổ công tác', 'division', '2021-01-01')`);
  await db.execute(sql`INSERT INTO units (code, name, kind, valid_from) VALUES ('TEST_PARENT', 'Ban chỉ đạo', 'division', '2021-01-01')`);
  await db.execute(sql`UPDATE units SET parent_id = (SELECT id FROM units WHERE code = 'TEST_PARENT') WHERE code = 'TEST_CHILD'`);
  await db.execute(sql`UPDATE indicators SET actual = 1234567890123456.78 WHERE id = (SELECT min(id) FROM indicators)`);
  await db.insert(s.priorityHealth).values({ priorityId: priority, rating: 'amber', reason: 'Chậm do giãn cách\n"COVID-19"', setById: leader });
  await db.insert(s.priorityNarratives).values({
    priorityId: priority,
    year: 2021,
    quarter: 3,
    doneText: 'Đã làm:\t35/41 đề tài \\ dự án',
    plannedText: 'Quý IV: 6 đề tài',
    figuresText: '85 %',
    postedById: leader,
  });
  const [attachment] = await db
    .insert(s.attachments)
    .values({
      taskId: task,
      uploadedById: leader,
      fileName: 'biên bản "kiểm tra".pdf',
      contentType: 'application/pdf',
      sizeBytes: BLOB.length,
      sha256: createHash('sha256').update(BLOB).digest('hex'),
    })
    .returning({ id: s.attachments.id });
  await db.insert(s.attachmentBlobs).values({ attachmentId: attachment!.id, content: BLOB });
  await db.execute(
    sql`INSERT INTO notifications (user_id, kind, task_id, message, dedupe_key, emailed_at)
        VALUES (${leader}, 'deadline_7', ${task}, ${'Còn 7 ngày 🚀\u2028dòng mới'}, 'test:deadline_7', '2021-10-15 09:00:00.123456+07')`,
  );
  await db.insert(s.apiTokens).values({ userId: leader, name: 'Báo cáo tự động', tokenHash: 'a'.repeat(64), prefix: 'khcn_abc', createdById: leader });
  await db.insert(s.signInAttempts).values({ ip: '203.0.113.7', email: 'lanhdao@khcn.langson.gov.vn', succeeded: false });
  // A JSON null is not a SQL NULL; a number beyond a double's precision stays exact.
  await db.execute(
    sql`INSERT INTO audit_log (action, entity, entity_id, before, after)
        VALUES ('test.json', 'test', '1', 'null'::jsonb, '{"big": 12345678901234567890.5, "list": [1, "Đình Lập", null]}'::jsonb)`,
  );
}

/** Every table of the schema, each row as its text form (exact, NULL-aware), in primary-key order. */
async function snapshot(db: Db): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
    const tables = await queryRows<{ table: string; key: string }>(
      tx,
      sql`SELECT tc.table_name AS table, string_agg(format('%I', k.column_name), ', ' ORDER BY k.ordinal_position) AS key
          FROM information_schema.table_constraints tc
          JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name
          WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public'
          GROUP BY tc.table_name ORDER BY 1`,
    );
    const [all] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    expect(tables).toHaveLength(all!.n);
    const rows: Record<string, string[]> = {};
    for (const { table, key } of tables) {
      const result = await queryRows<{ row: string }>(tx, sql`SELECT t::text AS row FROM ${sql.identifier(table)} t ORDER BY ${sql.raw(key)}`);
      rows[table] = result.map((r) => r.row);
    }
    return rows;
  });
}

/**
 * Plan revisions (migration 0005) are the one thing a restore changes on purpose: the restored rows
 * are writes, so every plan gets a new revision and no app instance serves figures cached before.
 */
function exceptRevisions(rows: Record<string, string[]>): Record<string, string[]> {
  return { ...rows, plan_revisions: rows.plan_revisions!.map((row) => row.replace(/,\d+\)$/, ',*)')) };
}

async function triggers(db: Db): Promise<string[]> {
  const rows = await queryRows<{ t: string }>(db, sql`SELECT tgrelid::regclass::text || '.' || tgname || '=' || tgenabled::text AS t FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`);
  return rows.map((r) => r.t);
}

/** The database's reason for refusing a statement (drizzle puts the driver's error in `cause`). */
async function refusal(statement: Promise<unknown>): Promise<string> {
  const error = await statement.then(
    () => undefined,
    (e: unknown) => e as { cause?: { message?: string }; message: string },
  );
  return error ? (error.cause?.message ?? error.message) : 'accepted';
}

async function expectProtected(db: Db): Promise<void> {
  expect(await refusal(db.execute(sql`UPDATE audit_log SET action = 'forged'`))).toContain('append-only');
  expect(await refusal(db.execute(sql`DELETE FROM audit_log`))).toContain('append-only');
  expect(await refusal(db.execute(sql`TRUNCATE audit_log`))).toContain('append-only');
  expect(await refusal(db.execute(sql`DELETE FROM priority_narratives`))).toContain('immutable');
  expect(await refusal(db.execute(sql`UPDATE priority_health SET reason = 'sửa'`))).toContain('immutable');
}

/** A copy of a backup file with its lines passed through `edit`. */
function editedBackup(file: string, name: string, edit: (lines: string[]) => string[]): string {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trimEnd().split('\n');
  const out = path.join(tmp, name);
  fs.writeFileSync(out, zlib.gzipSync(`${edit(lines).join('\n')}\n`));
  return out;
}

type Script = { code: number; stdout: string; stderr: string };

/** Runs `npm run <script> -- <args>` in a child process with these variables (undefined = unset). */
async function npmRun(script: 'db:backup' | 'db:restore', args: string[], vars: Record<string, string | undefined>): Promise<Script> {
  const env = { ...process.env, ...vars };
  for (const [name, value] of Object.entries(vars)) if (value === undefined) delete env[name];
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as Script;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A database the scripts can be pointed at, and a way to look into it from the test. */
type Place = { vars: Record<string, string | undefined>; withDb: <T>(fn: (db: Db) => Promise<T>) => Promise<T> };

const onTestDb = (t: TestDb): Place => ({ vars: { DATABASE_URL: t.url }, withDb: (fn) => fn(t.db) });

/** An embedded database folder, opened only while the test looks (the scripts need the lock). */
const onDisk = (dataDir: string): Place => ({
  vars: { DATABASE_URL: undefined, PGLITE_DIR: dataDir },
  withDb: async (fn) => {
    const handle = await openDatabase({ url: '', dataDir });
    try {
      return await fn(handle.db);
    } finally {
      await handle.close();
    }
  },
});

let source: TestDb;
let sourceRows: Record<string, string[]>;
let summary: BackupSummary;
const backupFile = path.join(tmp, 'source.jsonl.gz');

beforeAll(async () => {
  source = await createTestDb({ seed: true });
  await addRowsTheSeedLeavesEmpty(source.db);
  sourceRows = await snapshot(source.db);
  summary = await backupDatabase(source.db, backupFile);
});
afterAll(async () => {
  await source?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every table row by row into a database that held other data, sequences and protections included', async () => {
    for (const [table, rows] of Object.entries(sourceRows)) expect(rows.length, `${table} has rows to compare`).toBeGreaterThan(0);
    expect(Object.fromEntries(summary.tables.map((t) => [t.name, t.rows]))).toEqual(
      Object.fromEntries(Object.entries(sourceRows).map(([table, rows]) => [table, rows.length])),
    );

    const target = await createTestDb();
    try {
      await target.db.insert(s.units).values({ code: 'GONE', name: 'Bị thay thế', kind: 'division', validFrom: '2021-01-01' });
      // The target's app has issued revisions up to 1000, far beyond the source's.
      await target.db.execute(sql`SELECT setval('plan_revision_seq', 1000)`);
      // One row per statement: a unit whose parent is newer comes before it, in another statement.
      await restoreDatabase(target.db, backupFile, { rowsPerStatement: 1 });
      expect(exceptRevisions(await snapshot(target.db))).toEqual(exceptRevisions(sourceRows));
      const [oldest] = await queryRows<{ n: string | number }>(target.db, sql`SELECT min(revision) AS n FROM plan_revisions`);
      expect(Number(oldest!.n)).toBeGreaterThan(1000);
      expect(await triggers(target.db)).toEqual(await triggers(source.db));
      await expectProtected(target.db);
      // Every identity continues after the restored rows: new rows do not collide.
      const identities = await queryRows<{ table: string; column: string }>(
        target.db,
        sql`SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'`,
      );
      expect(identities.length).toBeGreaterThan(10);
      for (const { table, column } of identities) {
        const [row] = await queryRows<{ ok: boolean }>(
          target.db,
          sql`SELECT nextval(pg_get_serial_sequence(${`public.${table}`}, ${column})) > max(${sql.identifier(column)}) AS ok FROM ${sql.identifier(table)}`,
        );
        expect(row!.ok, `${table}.${column} continues after the restored rows`).toBe(true);
      }
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a backup, another migration level or a damaged backup, and changes nothing', async () => {
    const victim = await createTestDb({ seed: true });
    try {
      await addRowsTheSeedLeavesEmpty(victim.db);
      await victim.db.insert(s.units).values({ code: 'KEEP', name: 'Giữ nguyên', kind: 'division', validFrom: '2021-01-01' });
      const before = await snapshot(victim.db);
      const text = path.join(tmp, 'notes.txt');
      fs.writeFileSync(text, 'not a backup\n');
      const gzippedText = path.join(tmp, 'notes.txt.gz');
      fs.writeFileSync(gzippedText, zlib.gzipSync('{"format":"something else"}\n'));
      const header = (lines: string[]) => JSON.parse(lines[0]!) as { migration: { count: number; hash: string } };
      const otherLevel = editedBackup(backupFile, 'other-level.jsonl.gz', (lines) => {
        const h = header(lines);
        h.migration = { ...h.migration, count: h.migration.count - 1, hash: 'f'.repeat(64) };
        return [JSON.stringify(h), ...lines.slice(1)];
      });
      const cases: [string, string | RegExp][] = [
        [path.join(tmp, 'missing.jsonl.gz'), 'There is no file'],
        [text, 'is not a backup'],
        [gzippedText, 'is not a backup'],
        [otherLevel, /backup is at migration level \d+ .* this version of the app is at level/],
        // These fail after the tables were emptied and mostly refilled: the transaction undoes it all.
        [editedBackup(backupFile, 'short.jsonl.gz', (lines) => lines.slice(0, -3)), 'ends early'],
        [editedBackup(backupFile, 'refused-row.jsonl.gz', (lines) => [...lines.slice(0, -1), '{"no_such_column": 1}']), 'database refused'],
        [editedBackup(backupFile, 'extra-row.jsonl.gz', (lines) => [...lines, lines.at(-1)!]), 'more rows than its header lists'],
      ];
      for (const [file, message] of cases) {
        await expect(restoreDatabase(victim.db, file), path.basename(file)).rejects.toThrow(message);
      }
      // The database itself at another level than the backup (e.g. migrated by a newer app).
      await victim.db.execute(sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('newer', 9999999999999)`);
      await expect(restoreDatabase(victim.db, backupFile)).rejects.toThrow(/the database is at level \d+ \(a migration this version/);
      await victim.db.execute(sql`DELETE FROM drizzle.__drizzle_migrations WHERE hash = 'newer'`);

      expect(await snapshot(victim.db)).toEqual(before);
      expect(await triggers(victim.db)).toEqual(await triggers(source.db));
      await expectProtected(victim.db);
    } finally {
      await victim.close();
    }
  });

  it('runs as npm run db:backup (default file) and npm run db:restore FILE, child processes on the engine of the run', async () => {
    const target = onPostgres ? await createTestDb() : undefined;
    const from = onPostgres ? onTestDb(source) : onDisk(path.join(tmp, 'pglite-from'));
    const into = target ? onTestDb(target) : onDisk(path.join(tmp, 'pglite-into'));
    if (!onPostgres) {
      await from.withDb(async (db) => {
        await migratePglite(db);
        await seedDatabase(db, { demoPassword: TEST_PASSWORD });
        await addRowsTheSeedLeavesEmpty(db);
      });
    }
    let written: string | undefined;
    try {
      const backup = await npmRun('db:backup', [], from.vars);
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      written = /Backup written to (.+?): \d+ tables/.exec(backup.stdout)?.[1];
      expect(path.dirname(written ?? '')).toBe(path.join(root, '.data', 'backups'));
      expect(backup.stdout).toContain(`${Object.keys(sourceRows).length} tables`);

      // PGlite: the script creates and migrates the new folder itself.
      const restore = await npmRun('db:restore', [written!], into.vars);
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);
      expect(restore.stdout).toMatch(/^Restored .* \d+ tables, \d+ rows, migration level \d+/);
      const restored = await into.withDb(snapshot);
      expect(exceptRevisions(restored)).toEqual(exceptRevisions(await from.withDb(snapshot)));
      expect(Object.keys(restored)).toEqual(Object.keys(sourceRows));

      const usage = await npmRun('db:restore', [], into.vars);
      expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run db:restore FILE') });
      const refused = await npmRun('db:restore', [path.join(tmp, 'missing.jsonl.gz')], into.vars);
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('Nothing was restored') });
      expect(await into.withDb(snapshot)).toEqual(restored);
    } finally {
      if (written) fs.rmSync(written, { force: true });
      await target?.close();
    }
  }, 120_000);

  it.skipIf(onPostgres)('stops with the lock message while another process holds the embedded database', async () => {
    const dataDir = path.join(tmp, 'pglite-held');
    const held = await openDatabase({ url: '', dataDir });
    try {
      const vars = { DATABASE_URL: undefined, PGLITE_DIR: dataDir };
      const results = await Promise.all([npmRun('db:backup', [path.join(tmp, 'held.jsonl.gz')], vars), npmRun('db:restore', [backupFile], vars)]);
      for (const result of results) {
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(`is in use by process ${process.pid}`);
      }
      expect(fs.existsSync(path.join(tmp, 'held.jsonl.gz'))).toBe(false);
      // Nothing was migrated or restored into the folder the test holds.
      expect(await queryRows(held.db, sql`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
    } finally {
      await held.close();
    }
  }, 60_000);

  it.skipIf(!onPostgres)('moves an embedded (PGlite) database to PostgreSQL', async () => {
    const embedded = await openDatabase({ url: '', dataDir: 'memory://' });
    const target = await createTestDb();
    try {
      await migratePglite(embedded.db);
      await seedDatabase(embedded.db, { demoPassword: TEST_PASSWORD });
      await addRowsTheSeedLeavesEmpty(embedded.db);
      const file = path.join(tmp, 'embedded.jsonl.gz');
      await backupDatabase(embedded.db, file);
      await restoreDatabase(target.db, file);
      expect(exceptRevisions(await snapshot(target.db))).toEqual(exceptRevisions(await snapshot(embedded.db)));
      await expectProtected(target.db);
    } finally {
      await embedded.close();
      await target.close();
    }
  }, 120_000);
});
