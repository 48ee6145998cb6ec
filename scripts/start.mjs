// `npm start`: build if the sources changed since the last build, then serve the production app.
// The server itself migrates and seeds at start (instrumentation.ts); this script waits for it to
// answer /api/health and prints the URL and the demo accounts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';

const port = process.env.PORT ?? '3000';

/** A real secret for this installation, kept beside the embedded data (git-ignored). */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, '.data', 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

try {
  buildIfNeeded();
} catch (error) {
  console.error(String(error));
  process.exit(1);
}

const env = {
  ...process.env,
  NODE_ENV: 'production',
  AUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};
const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], { cwd: root, stdio: 'inherit', env: { ...env, PORT: port } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

const url = `http://localhost:${port}`;
for (let i = 0; i < 240; i++) {
  await new Promise((r) => setTimeout(r, 500));
  const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
  if (ok) {
    const demoPassword = process.env.DEMO_PASSWORD ?? 'LangSon@2021';
    console.log(`
KHCN Plan Tracker is running at ${url}
Database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite in .data/pglite'}

Demo accounts (password "${demoPassword}", for local demos only):
  quantri@khcn.langson.gov.vn   admin    Văn phòng Sở
  lanhdao@khcn.langson.gov.vn   leader   Ban Giám đốc Sở
  qlkh@khcn.langson.gov.vn      officer  Phòng Quản lý Khoa học
  trangdinh@langson.gov.vn      officer  huyện Tràng Định
  ubnd@langson.gov.vn           viewer   Văn phòng UBND tỉnh
`);
    break;
  }
}
