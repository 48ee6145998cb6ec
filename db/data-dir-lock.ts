// One owner for the embedded database's folder. PGlite has no lock: a second process on the same
// folder (a second `npm start`, `npm run db:seed` while the app runs, a build worker) loses commits
// without an error (PGLITE.md). The lock file holds the owner's pid; a lock whose pid is gone
// (the owner was killed) is taken over.
import fs from 'node:fs';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${ownerPid}. ` +
        'Stop that process first (only one process may open it), or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DataDirLockedError';
  }
}

const held = new Set<string>();

function lockPath(dataDir: string): string {
  return `${dataDir}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): void {
  const file = lockPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      held.add(file);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    if (owner === process.pid && held.has(file)) {
      throw new DataDirLockedError(dataDir, owner);
    }
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new DataDirLockedError(dataDir, owner);
    }
    // Stale: its owner died without releasing it. Remove and try again.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}`);
}

export function releaseDataDirLock(dataDir: string): void {
  const file = lockPath(dataDir);
  if (!held.delete(file)) return;
  try {
    if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}

process.once('exit', () => {
  for (const file of held) {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
});
