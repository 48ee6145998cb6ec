// The production server for a benchmark run, on a free port over a given database, and sign-in
// through next-auth's own endpoints (as a browser or an integration would).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../free-port';

const root = path.resolve(import.meta.dirname, '../..');

export type BenchServer = { baseUrl: string; pid: number; rssMb: () => number; stop: () => Promise<void> };


export async function startBenchServer(databaseUrl: string, today: string, logFile: string): Promise<BenchServer> {
  const port = await freePort();
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs')], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      // Each benchmark user signs in from its own address (X-Forwarded-For), as behind a proxy.
      TRUSTED_PROXIES: '127.0.0.1/32,::1/128',
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString('hex'),
      NEXTAUTH_URL: `http://localhost:${port}`,
      SEED_TODAY: today,
      SEED_ON_START: 'false',
      REMINDER_CRON: 'off',
    },
  });
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app server exited; see ${logFile}`);
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`The app server did not answer within 2 minutes; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    pid: child.pid!,
    rssMb: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.closeSync(log);
    },
  };
}

/** Signs in and returns the Cookie header of the session. Each user comes from its own address. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
  const call = async (p: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    headers.set('x-forwarded-for', address);
    const response = await fetch(baseUrl + p, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return response;
  };
  const { csrfToken } = (await (await call('/api/auth/csrf')).json()) as { csrfToken: string };
  await call('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, csrfToken, json: 'true' }),
  });
  if (![...jar.keys()].some((k) => k.endsWith('session-token'))) throw new Error(`Sign-in as ${email} failed`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}
