// Builds the production app when there is no build yet or a source changed since the last one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
export const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

const SOURCES = ['app', 'components', 'db', 'messages', 'public', 'instrumentation.ts', 'proxy.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((max, d) => Math.max(max, fs.statSync(path.join(d.parentPath ?? d.path, d.name)).mtimeMs), 0);
}

export const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');

export function needsBuild() {
  const buildId = path.join(distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

export function buildIfNeeded({ quiet = false } = {}) {
  if (!needsBuild()) return;
  console.log('[khcn] Building the production app (first start or sources changed)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    stdio: quiet ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) {
    if (quiet && build.stdout) process.stdout.write(build.stdout);
    throw new Error(`next build failed with status ${build.status}`);
  }
}
