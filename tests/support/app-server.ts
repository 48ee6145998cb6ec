// Starts the production build of the app on a free port over a fresh database: a temporary PGlite
// folder, or a new PostgreSQL database when DATABASE_URL is set. Used by the http and e2e suites;
// the resilience suite also starts several instances over one database it made (options.databaseUrl).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { adminUrl, databaseUrl } from './pg-urls';

const root = path.resolve(import.meta.dirname, '../..');

export type AppServer = { baseUrl: string; databaseUrl?: string; dataDir?: string; logFile: string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** A new, empty database on the PostgreSQL server of DATABASE_URL, and how to drop it. */
export async function createPgDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('createPgDatabase needs DATABASE_URL');
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(base) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: databaseUrl(base, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl(base) });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export type AppServerOptions = {
  /** Serve this PostgreSQL database (made and dropped by the caller) instead of a fresh one. */
  databaseUrl?: string;
};

/**
 * `extraEnv` overrides the defaults: several instances of one deployment pass the same
 * AUTH_SECRET, NEXTAUTH_URL (the public address) and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY.
 */
export async function startAppServer(extraEnv: Record<string, string> = {}, options: AppServerOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const id = randomBytes(4).toString('hex');
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'production',
    PORT: String(port),
    AUTH_SECRET: `test-secret-${randomBytes(24).toString('hex')}`,
    NEXTAUTH_URL: `http://localhost:${port}`,
    SEED_TODAY: '2021-10-15',
    SIGN_IN_LOCK_SECONDS: '4',
    ...extraEnv,
  };
  let dbUrl: string | undefined;
  let dataDir: string | undefined;
  let dropDb: (() => Promise<void>) | undefined;
  if (options.databaseUrl) {
    dbUrl = options.databaseUrl;
    env.DATABASE_URL = dbUrl;
  } else if (process.env.DATABASE_URL) {
    const created = await createPgDatabase('khcn_app');
    dbUrl = created.url;
    env.DATABASE_URL = dbUrl;
    dropDb = created.drop;
  } else {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-app-')), 'pglite');
    env.PGLITE_DIR = dataDir;
  }
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const logFile = path.join(root, 'test-results', `server-${id}.log`);
  const log = fs.openSync(logFile, 'w');
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', log, log],
  });
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app server exited early; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    databaseUrl: dbUrl,
    dataDir,
    logFile,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.closeSync(log);
      await dropDb?.();
      if (dataDir) fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}
