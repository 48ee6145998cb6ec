// Starts the production build of the app on a free port over a fresh database: a temporary PGlite
// folder, or a new PostgreSQL database when DATABASE_URL is set. Used by the http and e2e suites;
// the resilience suite also starts several instances over one database it made (options), and
// kills and restarts a server on the database it keeps.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/free-port';
import pg from 'pg';
import { adminUrl, databaseUrl } from './pg-urls';

const root = path.resolve(import.meta.dirname, '../..');

export { freePort };

export type AppServer = {
  baseUrl: string;
  databaseUrl?: string;
  dataDir?: string;
  logFile: string;
  /** The server process's id (a new one after restart()). */
  readonly pid: number;
  /** SIGKILL: no shutdown handler runs, as when the OOM killer or an operator kills it. */
  kill: () => Promise<void>;
  /** Starts the server again on the same port, database and secrets (sessions stay valid). */
  restart: () => Promise<void>;
  /** SIGTERM (SIGKILL after 5 s), then removes the database it created; a second call does nothing. */
  stop: () => Promise<void>;
};


/** A new, empty database on the PostgreSQL server of `base` (DATABASE_URL by default), and how to drop it. */
export async function createPgDatabase(prefix: string, base: string | undefined = process.env.DATABASE_URL): Promise<{ url: string; drop: () => Promise<void> }> {
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
  /** Serve this PGlite folder (made and removed by the caller) instead of a fresh one. */
  dataDir?: string;
};

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The app server exited early; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app server did not become healthy in 120 s; see ${logFile}`);
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function exited(child: ChildProcess): Promise<void> {
  if (!running(child)) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

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
    // The test clients name their own address in X-Forwarded-For (tests/support/http-client.ts), as
    // a proxy on this machine would; a test of spoofing starts a server with TRUSTED_PROXIES=''.
    TRUSTED_PROXIES: '127.0.0.1/32,::1/128',
    ...extraEnv,
  };
  let dbUrl = options.databaseUrl;
  let dataDir = options.dataDir;
  let cleanUp: (() => Promise<void>) | undefined;
  if (!dbUrl && !dataDir) {
    if (process.env.DATABASE_URL) {
      const created = await createPgDatabase('khcn_app');
      dbUrl = created.url;
      cleanUp = created.drop;
    } else {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-app-'));
      dataDir = path.join(tmp, 'pglite');
      cleanUp = async () => fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  if (dbUrl) env.DATABASE_URL = dbUrl;
  else {
    delete env.DATABASE_URL;
    env.PGLITE_DIR = dataDir!;
  }
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const logFile = path.join(root, 'test-results', `server-${id}.log`);
  const log = fs.openSync(logFile, 'a');
  const baseUrl = `http://localhost:${port}`;
  const spawnServer = () =>
    spawn(process.execPath, [path.join(root, 'scripts/serve.mjs')], {
      cwd: root,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', log, log],
    });
  let child = spawnServer();
  let stopped = false;
  await waitUntilHealthy(baseUrl, child, logFile);
  return {
    baseUrl,
    databaseUrl: dbUrl,
    dataDir,
    logFile,
    get pid() {
      return child.pid!;
    },
    kill: async () => {
      const done = exited(child);
      child.kill('SIGKILL');
      await done;
    },
    restart: async () => {
      if (running(child)) throw new Error('restart() needs a stopped or killed server');
      child = spawnServer();
      await waitUntilHealthy(baseUrl, child, logFile);
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (running(child)) {
        const done = exited(child);
        child.kill('SIGTERM');
        await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
        if (running(child)) {
          child.kill('SIGKILL');
          await done;
        }
      }
      fs.closeSync(log);
      await cleanUp?.();
    },
  };
}
