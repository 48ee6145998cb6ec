// A PostgreSQL cluster of a test's own (initdb into a temporary folder, trust auth, a free port),
// for tests that stop and start the server itself: the shared server on 5432 is never touched.
// The server refuses to run as root, so its commands run as the postgres OS user when we are root.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './app-server';

const run = promisify(execFile);

export type PrivatePostgres = {
  /** postgres://… of the cluster's `postgres` database. */
  url: string;
  port: number;
  /** `fast` rolls back open transactions and closes connections; `immediate` is a crash (recovery at the next start). */
  stop: (mode?: 'fast' | 'immediate') => Promise<void>;
  start: () => Promise<void>;
  /** Stops the server if it runs and deletes its files. */
  destroy: () => Promise<void>;
};

/** The newest installed server's binaries (Debian layout: /usr/lib/postgresql/<version>/bin). */
function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => /^\d+$/.test(v)) : [];
  if (!versions.length) throw new Error(`No PostgreSQL server binaries under ${base}`);
  return path.join(base, versions.sort((a, b) => Number(b) - Number(a))[0]!, 'bin');
}

async function asPostgresUser(command: string, args: string[]): Promise<void> {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  try {
    await run(file, argv, { timeout: 60_000 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${path.basename(command)} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-pg-'));
  if (process.getuid?.() === 0) fs.chownSync(dir, ...postgresIds());
  const data = path.join(dir, 'data');
  const port = await freePort();
  await asPostgresUser(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const pgCtl = (args: string[]) => asPostgresUser(path.join(bin, 'pg_ctl'), ['-D', data, ...args]);
  let running = false;
  const start = async () => {
    // The socket lives in the cluster's own folder; the app connects over TCP.
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`;
    await pgCtl(['-w', '-t', '60', '-l', path.join(dir, 'server.log'), '-o', options, 'start']);
    running = true;
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await pgCtl(['-w', '-t', '60', '-m', mode, 'stop']);
    running = false;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy: async () => {
      if (running) await stop('immediate').catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresIds(): [number, number] {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('No postgres OS user to run a private PostgreSQL cluster as');
  const [, , uid, gid] = line.split(':');
  return [Number(uid), Number(gid)];
}
