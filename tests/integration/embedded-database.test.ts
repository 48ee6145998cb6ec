// The embedded database keeps its data on disk across restarts, and only one process may open it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { migratePglite } from '@/db/migrate';
import { queryRows } from '@/db/raw';
import * as s from '@/db/schema';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-embedded-'));
const dataDir = path.join(tmp, 'pglite');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Tries to open the folder from another process; resolves with its exit code and output. */
async function openFromAnotherProcess(): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'tests/support/open-db-child.ts', dataDir], { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe.skipIf(!!process.env.DATABASE_URL)('embedded PGlite on disk', () => {
  it('keeps data across a close and reopen (an app restart)', async () => {
    const first = await openDatabase({ url: '', dataDir });
    await migratePglite(first.db);
    await first.db.insert(s.units).values({ code: 'KEEP', name: 'Đơn vị được giữ lại', kind: 'division', validFrom: '2021-01-01' });
    await first.close();

    const second = await openDatabase({ url: '', dataDir });
    await migratePglite(second.db);
    const rows = await queryRows<{ name: string }>(second.db, sql`SELECT name FROM units WHERE code = 'KEEP'`);
    expect(rows).toEqual([{ name: 'Đơn vị được giữ lại' }]);

    // While this process holds it, another process is refused with a clear error.
    const other = await openFromAnotherProcess();
    expect(other.code).toBe(3);
    expect(other.output).toContain('DataDirLockedError');
    expect(other.output).toContain(String(process.pid));
    await second.close();
  }, 60_000);

  it('takes over a lock left by a process that died', async () => {
    const dead = await run(process.execPath, ['-e', 'console.log(process.pid)']);
    fs.writeFileSync(`${dataDir}.lock`, dead.stdout.trim());
    const other = await openFromAnotherProcess();
    expect(other.output).not.toContain('DataDirLockedError');
    expect(other.code).toBe(0);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  }, 60_000);
});
