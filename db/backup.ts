// Logical backup and restore of the whole database, one code path for PGlite and PostgreSQL
// (issue 6). A backup is a gzip'd JSON-lines file: a header line (format, migration level, every
// table with its columns and row count), then each table's rows as row_to_json, parents before
// children, each table in primary-key order, all read in one REPEATABLE READ snapshot. No pg_dump,
// so no coupling to the server's version, and a demo's PGlite data moves to PostgreSQL as it is.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { z } from 'zod';
import type { Db, Tx } from './client';
import { DataDirLockedError } from './data-dir-lock';
import { migrationsFolder } from './migrate';
import { queryRows } from './raw';

/** A refusal with a message for the operator: not a backup, another migration level, and so on. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Errors the scripts report as a message, without a stack trace: the operator can act on them. */
export function isRefusal(error: unknown): error is Error {
  return error instanceof BackupError || error instanceof DataDirLockedError;
}

/** "19 tables, 810 rows, migration level 4 (…)": what the scripts print after the path. */
export function describeSummary(summary: BackupSummary): string {
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  return `${summary.tables.length} tables, ${rows} rows, migration level ${summary.migration.count} (${summary.migration.latest})`;
}

const FORMAT = 'khcn-plan-tracker-backup';
const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/);
const migrationLevel = z.object({ count: z.number().int().min(0), latest: z.string(), hash: z.string() });
const headerSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  server: z.string(),
  migration: migrationLevel,
  tables: z.array(z.object({ name: identifier, columns: z.array(identifier).min(1), rows: z.number().int().min(0) })).min(1),
});

export type BackupHeader = z.infer<typeof headerSchema>;
export type MigrationLevel = z.infer<typeof migrationLevel>;
export type BackupSummary = { file: string; migration: MigrationLevel; tables: { name: string; rows: number }[] };

/** `.data/backups/khcn-<UTC time>.jsonl.gz` under the working directory (git-ignored with .data/). */
export function defaultBackupFile(now = new Date()): string {
  return path.join(process.cwd(), '.data', 'backups', `khcn-${now.toISOString().replace(/[:.]/g, '-')}.jsonl.gz`);
}

// ---------------------------------------------------------------------------------------------
// Migration level: the number of applied migrations and the hash of the last one, as drizzle
// records them. A backup restores only into a schema at exactly its level.

function codeMigrations(): { tag: string; hash: string }[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return readMigrationFiles({ migrationsFolder }).map((m, i) => ({ tag: journal.entries[i]?.tag ?? '?', hash: m.hash }));
}

function levelOf(hashes: string[]): MigrationLevel {
  const hash = hashes.at(-1) ?? '';
  const tag = codeMigrations().find((m) => m.hash === hash)?.tag;
  return { count: hashes.length, latest: tag ?? (hash ? 'a migration this version of the app does not know' : 'none'), hash };
}

/** The level this version of the app migrates to. */
export function codeMigrationLevel(): MigrationLevel {
  return levelOf(codeMigrations().map((m) => m.hash));
}

async function databaseMigrationLevel(tx: Tx): Promise<MigrationLevel> {
  const [table] = await queryRows<{ exists: boolean }>(tx, sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS exists`);
  if (!table?.exists) return levelOf([]);
  const rows = await queryRows<{ hash: string }>(tx, sql`SELECT hash FROM drizzle.__drizzle_migrations ORDER BY created_at, id`);
  return levelOf(rows.map((r) => r.hash));
}

function assertSameLevel(backup: MigrationLevel, other: MigrationLevel, otherName: string): void {
  if (backup.count === other.count && backup.hash === other.hash) return;
  throw new BackupError(
    `The backup is at migration level ${backup.count} (${backup.latest}) but ${otherName} is at level ${other.count} (${other.latest}). ` +
      'Restore it with the version of the app that made it.',
  );
}

// ---------------------------------------------------------------------------------------------
// The catalog: the application's tables (schema public, extensions' own tables excluded), their
// stored columns (generated ones are recomputed by the database), primary keys, foreign keys,
// sequences and the user triggers that fire on TRUNCATE. Read from the database, so a table added by a migration is
// backed up without touching this file.

type Column = { name: string; json: boolean; bytea: boolean; sequence: string | null };
type Trigger = { name: string; enabled: string };
type Table = { name: string; columns: Column[]; primaryKey: string[]; selfReferencing: boolean; truncateTriggers: Trigger[] };

async function readCatalog(tx: Tx): Promise<Table[]> {
  const columns = await queryRows<{ table: string; column: string; json: boolean; bytea: boolean; sequence: string | null }>(
    tx,
    sql`SELECT c.relname AS table, a.attname AS column,
               a.atttypid IN ('json'::regtype, 'jsonb'::regtype) AS json, a.atttypid = 'bytea'::regtype AS bytea,
               pg_get_serial_sequence(format('public.%I', c.relname), a.attname) AS sequence
        FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attgenerated = ''
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        ORDER BY c.relname, a.attnum`,
  );
  const keys = await queryRows<{ table: string; column: string }>(
    tx,
    sql`SELECT c.relname AS table, a.attname AS column
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key(attnum, position)
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum
        WHERE k.contype = 'p' AND c.relnamespace = 'public'::regnamespace
        ORDER BY c.relname, key.position`,
  );
  const references = await queryRows<{ table: string; parent: string }>(
    tx,
    sql`SELECT c.relname AS table, p.relname AS parent
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
        WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace`,
  );
  const triggers = await queryRows<{ table: string; name: string; enabled: string }>(
    tx,
    sql`SELECT c.relname AS table, t.tgname AS name, t.tgenabled::text AS enabled
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgtype::int & 32 <> 0 -- TRIGGER_TYPE_TRUNCATE
          AND c.relnamespace = 'public'::regnamespace
        ORDER BY c.relname, t.tgname`,
  );
  const tables = new Map<string, Table>();
  for (const c of columns) {
    const table = tables.get(c.table) ?? { name: c.table, columns: [], primaryKey: [], selfReferencing: false, truncateTriggers: [] };
    table.columns.push({ name: c.column, json: c.json, bytea: c.bytea, sequence: c.sequence });
    tables.set(c.table, table);
  }
  for (const k of keys) tables.get(k.table)?.primaryKey.push(k.column);
  for (const r of references) {
    const table = tables.get(r.table);
    if (table && r.table === r.parent) table.selfReferencing = true;
  }
  for (const t of triggers) tables.get(t.table)?.truncateTriggers.push({ name: t.name, enabled: t.enabled });
  for (const table of tables.values()) {
    // Rows are written and compared in primary-key order; every table of the schema has one.
    if (table.primaryKey.length === 0) throw new BackupError(`Table ${table.name} has no primary key; the backup cannot order its rows.`);
  }
  return parentsFirst(tables, references).map((name) => tables.get(name)!);
}

/** Table names with every referenced table before the tables referencing it (self-references aside). */
function parentsFirst(tables: Map<string, Table>, references: { table: string; parent: string }[]): string[] {
  const waitingFor = new Map([...tables.keys()].map((name) => [name, new Set<string>()]));
  for (const r of references) if (r.table !== r.parent && tables.has(r.parent)) waitingFor.get(r.table)?.add(r.parent);
  const order: string[] = [];
  while (waitingFor.size > 0) {
    const ready = [...waitingFor].filter(([, parents]) => [...parents].every((p) => !waitingFor.has(p))).map(([name]) => name);
    if (ready.length === 0) throw new BackupError(`Foreign keys form a cycle between ${[...waitingFor.keys()].join(', ')}.`);
    for (const name of ready.sort()) {
      order.push(name);
      waitingFor.delete(name);
    }
  }
  return order;
}

const tableSql = (table: Table): SQL => sql`${sql.identifier('public')}.${sql.identifier(table.name)}`;
const columnList = (table: Table): SQL => sql.join(table.columns.map((c) => sql.identifier(c.name)), sql`, `);

// row_to_json writes a SQL NULL and a JSON null alike; json(b) values travel wrapped in a
// one-element array so that a JSON null in an audit row comes back as a JSON null.
const dumpColumn = (c: Column): SQL =>
  c.json ? sql`CASE WHEN ${sql.identifier(c.name)} IS NULL THEN NULL ELSE json_build_array(${sql.identifier(c.name)}) END AS ${sql.identifier(c.name)}` : sql`${sql.identifier(c.name)}`;
const loadColumn = (c: Column): SQL => (c.json ? sql`r.${sql.identifier(c.name)} -> 0` : sql`r.${sql.identifier(c.name)}`);

// ---------------------------------------------------------------------------------------------
// Backup

/** Writes a backup of `db` to `file` (refusing to overwrite one); the file appears only when complete. */
export async function backupDatabase(db: Db, file: string): Promise<BackupSummary> {
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; choose another file name.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, fs.createWriteStream(partial));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    const header = await db.transaction((tx) => dumpAll(tx, write), { isolationLevel: 'repeatable read', accessMode: 'read only' });
    gzip.end();
    await written;
    fs.renameSync(partial, file);
    return { file, migration: header.migration, tables: header.tables.map(({ name, rows }) => ({ name, rows })) };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

async function dumpAll(tx: Tx, write: (line: string) => Promise<void>): Promise<BackupHeader> {
  // Blobs in the compact hex form whatever the server's default; bytea input reads it back.
  await tx.execute(sql`SET LOCAL bytea_output = 'hex'`);
  const migration = await databaseMigrationLevel(tx);
  if (migration.count === 0) throw new BackupError('The database has no migrations applied: there is nothing to back up.');
  const catalog = await readCatalog(tx);
  const tables = [];
  for (const table of catalog) {
    const [row] = await queryRows<{ n: string | number }>(tx, sql`SELECT count(*) AS n FROM ${tableSql(table)}`);
    tables.push({ name: table.name, columns: table.columns.map((c) => c.name), rows: Number(row!.n) });
  }
  const [server] = await queryRows<{ version: string }>(tx, sql`SELECT version()`);
  const header: BackupHeader = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), server: server!.version, migration, tables };
  await write(JSON.stringify(header));
  for (const [i, table] of catalog.entries()) {
    const rows = await dumpTable(tx, table, write);
    // The snapshot makes this impossible; checked so that a broken file is never written silently.
    if (rows !== tables[i]!.rows) throw new Error(`Table ${table.name}: counted ${tables[i]!.rows} rows, wrote ${rows}`);
  }
  return header;
}

async function dumpTable(tx: Tx, table: Table, write: (line: string) => Promise<void>): Promise<number> {
  // A blob may be 20 MB (twice that as hex): few rows at a time for tables that hold them.
  const batch = table.columns.some((c) => c.bytea) ? 4 : 1000;
  const order = sql.join(table.primaryKey.map((k) => sql`r.${sql.identifier(k)}`), sql`, `);
  await tx.execute(
    sql`DECLARE backup_rows NO SCROLL CURSOR FOR
        SELECT row_to_json(r)::text AS line
        FROM (SELECT ${sql.join(table.columns.map(dumpColumn), sql`, `)} FROM ${tableSql(table)}) r
        ORDER BY ${order}`,
  );
  let total = 0;
  for (;;) {
    const rows = await queryRows<{ line: string }>(tx, sql`FETCH ${sql.raw(String(batch))} FROM backup_rows`);
    for (const { line } of rows) await write(line);
    total += rows.length;
    if (rows.length < batch) break;
  }
  await tx.execute(sql`CLOSE backup_rows`);
  return total;
}

// ---------------------------------------------------------------------------------------------
// Reading a backup file

function asFileError(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new BackupError(`There is no file ${file}.`);
  if (code?.startsWith('Z_')) {
    return new BackupError(`${file} is not a backup made by npm run db:backup, or it is damaged (${(error as Error).message}).`);
  }
  return error;
}

/** The lines of a gzip'd file, without building long lines by repeated concatenation. */
async function* readLines(file: string): AsyncGenerator<string, void> {
  const source = fs.createReadStream(file);
  const text = source.pipe(zlib.createGunzip()).setEncoding('utf8');
  source.on('error', (error) => text.destroy(error));
  try {
    let pending: string[] = [];
    for await (const chunk of text as AsyncIterable<string>) {
      let start = 0;
      for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
        pending.push(chunk.slice(start, end));
        yield pending.join('');
        pending = [];
        start = end + 1;
      }
      pending.push(chunk.slice(start));
    }
    if (pending.join('') !== '') throw new BackupError(`${file} ends in the middle of a line: it is incomplete.`);
  } catch (error) {
    throw asFileError(file, error);
  } finally {
    source.destroy();
    text.destroy();
  }
}

function parseHeader(file: string, line: string | undefined): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line ?? '');
  } catch {
    json = undefined;
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) throw new BackupError(`${file} is not a backup made by npm run db:backup (its first line is not a valid backup header).`);
  return parsed.data;
}

/** Reads and checks the header; refuses a file that is not a backup, or one at another migration level than this app. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = readLines(file);
  try {
    const header = parseHeader(file, (await lines.next()).value ?? undefined);
    assertSameLevel(header.migration, codeMigrationLevel(), 'this version of the app');
    return header;
  } finally {
    await lines.return();
  }
}

// ---------------------------------------------------------------------------------------------
// Restore

/**
 * Replaces every table's rows with the backup's, in one transaction: any failure (a damaged file,
 * a row the database refuses) rolls everything back, and the database is as it was. `db` must be
 * migrated to the backup's level (the scripts migrate first).
 */
export async function restoreDatabase(db: Db, file: string, options: { rowsPerStatement?: number } = {}): Promise<BackupSummary> {
  const rowsPerStatement = options.rowsPerStatement ?? 1000;
  const header = await readBackupHeader(file);
  const lines = readLines(file);
  try {
    await lines.next();
    await db.transaction(async (tx) => {
      assertSameLevel(header.migration, await databaseMigrationLevel(tx), 'the database');
      const catalog = await readCatalog(tx);
      assertSameTables(header, catalog);
      await setTruncateTriggers(tx, catalog, 'off');
      await tx.execute(sql`TRUNCATE ${sql.join(catalog.map(tableSql), sql`, `)}`);
      const byName = new Map(catalog.map((t) => [t.name, t]));
      for (const entry of header.tables) await loadTable(tx, byName.get(entry.name)!, { expected: entry.rows, rowsPerStatement }, lines, file);
      if (!(await lines.next()).done) throw new BackupError(`${file} holds more rows than its header lists: it is damaged.`);
      await checkCounts(tx, header, byName);
      await resetSequences(tx, catalog);
      await setTruncateTriggers(tx, catalog, 'on');
    });
  } finally {
    await lines.return();
  }
  return { file, migration: header.migration, tables: header.tables.map(({ name, rows }) => ({ name, rows })) };
}

function assertSameTables(header: BackupHeader, catalog: Table[]): void {
  const describe = (tables: { name: string; columns: string[] }[]) =>
    tables.map((t) => `${t.name}(${t.columns.join(',')})`).sort().join(' ');
  const theirs = describe(header.tables);
  const ours = describe(catalog.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) })));
  if (theirs !== ours) throw new BackupError('The backup lists other tables or columns than the database has, although both are at the same migration level.');
}

/**
 * Emptying the tables takes TRUNCATE, which the append-only audit log refuses (migration 0002).
 * The triggers that fire on TRUNCATE are switched off inside the restore's transaction and back on
 * before it commits; a failure rolls the switch back with everything else. The row triggers that
 * keep the audit log, narratives and health ratings unchangeable (0002, 0003) stay on throughout,
 * and the rows come back as inserts, so INSERT triggers run as for any write: every plan's revision
 * is raised (0005) and no app instance serves dashboard figures it cached before the restore.
 * ALTER TABLE needs the table's owner, who could drop the trigger anyway, so this opens no new way
 * around it — unlike a setting the trigger would honour, which any role allowed to run SQL could set.
 */
async function setTruncateTriggers(tx: Tx, catalog: Table[], state: 'off' | 'on'): Promise<void> {
  const enable: Record<string, string> = { O: 'ENABLE', A: 'ENABLE ALWAYS', R: 'ENABLE REPLICA' };
  for (const table of catalog) {
    for (const trigger of table.truncateTriggers) {
      const action = state === 'off' ? 'DISABLE' : (enable[trigger.enabled] ?? 'ENABLE');
      await tx.execute(sql`ALTER TABLE ${tableSql(table)} ${sql.raw(action)} TRIGGER ${sql.identifier(trigger.name)}`);
    }
  }
}

async function loadTable(
  tx: Tx,
  table: Table,
  { expected, rowsPerStatement }: { expected: number; rowsPerStatement: number },
  lines: AsyncGenerator<string, void>,
  file: string,
): Promise<void> {
  // A non-deferrable foreign key is checked at the end of each statement: a table that refers to
  // itself (a unit's parent may be a newer unit) is staged and inserted in one statement.
  const staged = table.selfReferencing;
  if (staged) await tx.execute(sql`CREATE TEMP TABLE restore_rows (row json) ON COMMIT DROP`);
  let batch: string[] = [];
  let size = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = `[${batch.join(',')}]`;
    if (staged) await execute(tx, table, sql`INSERT INTO restore_rows SELECT json_array_elements(${rows}::json)`);
    else await execute(tx, table, insertRows(table, sql`json_populate_recordset(null::${tableSql(table)}, ${rows}::json)`));
    batch = [];
    size = 0;
  };
  for (let i = 0; i < expected; i++) {
    const { value: line, done } = await lines.next();
    if (done) throw new BackupError(`${file} ends early, in table ${table.name}: it is incomplete.`);
    if (!line.startsWith('{')) throw new BackupError(`${file} is damaged: a row of table ${table.name} is not a JSON object.`);
    batch.push(line);
    size += line.length;
    if (batch.length >= rowsPerStatement || size >= 8_000_000) await flush();
  }
  await flush();
  if (staged) {
    await execute(tx, table, insertRows(table, sql`restore_rows CROSS JOIN LATERAL json_populate_record(null::${tableSql(table)}, restore_rows.row)`));
    await tx.execute(sql`DROP TABLE restore_rows`);
  }
}

/** Runs a statement loading `table`; a refusal names the table and the database's reason, not the rows. */
async function execute(tx: Tx, table: Table, statement: SQL): Promise<void> {
  try {
    await tx.execute(statement);
  } catch (error) {
    // drizzle wraps the driver's error, and its message repeats the parameters: megabytes of rows.
    const cause = ((error as { cause?: unknown }).cause ?? error) as { message?: string; detail?: string };
    const reason = [cause.message, cause.detail].filter(Boolean).join(': ');
    throw new BackupError(`The database refused the backup's rows of table ${table.name}: ${reason}.`);
  }
}

/** INSERT … SELECT from records `r`; OVERRIDING SYSTEM VALUE keeps the backed-up identity values. */
function insertRows(table: Table, source: SQL): SQL {
  return sql`INSERT INTO ${tableSql(table)} (${columnList(table)}) OVERRIDING SYSTEM VALUE
             SELECT ${sql.join(table.columns.map(loadColumn), sql`, `)} FROM ${source} AS r`;
}

async function checkCounts(tx: Tx, header: BackupHeader, byName: Map<string, Table>): Promise<void> {
  for (const entry of header.tables) {
    const [row] = await queryRows<{ n: string | number }>(tx, sql`SELECT count(*) AS n FROM ${tableSql(byName.get(entry.name)!)}`);
    if (Number(row!.n) !== entry.rows) throw new BackupError(`Table ${entry.name}: the backup lists ${entry.rows} rows but ${row!.n} were restored.`);
  }
}

/** Every identity or serial sequence continues after the largest restored value. */
async function resetSequences(tx: Tx, catalog: Table[]): Promise<void> {
  for (const table of catalog) {
    for (const column of table.columns) {
      if (!column.sequence) continue;
      await tx.execute(
        sql`SELECT setval(${column.sequence}::regclass,
                          coalesce((SELECT max(${sql.identifier(column.name)}) FROM ${tableSql(table)}) + 1,
                                   (SELECT seqstart FROM pg_sequence WHERE seqrelid = ${column.sequence}::regclass)),
                          false)`,
      );
    }
  }
}
