// Starts the production build of the app on a free port over a fresh database: a temporary PGlite
// folder, or a new PostgreSQL database when DATABASE_URL is set. Used by the http and e2e suites.
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

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startAppServer(extraEnv: Record<string, string> = {}): Promise<AppServer> {
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
  if (process.env.DATABASE_URL) {
    const name = `khcn_app_${id}`;
    const admin = new pg.Client({ connectionString: adminUrl(process.env.DATABASE_URL) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    dbUrl = databaseUrl(process.env.DATABASE_URL, name);
    env.DATABASE_URL = dbUrl;
    dropDb = async () => {
      const c = new pg.Client({ connectionString: adminUrl(process.env.DATABASE_URL!) });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
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
