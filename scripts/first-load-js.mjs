// First-load JavaScript of every app route, gzipped, from the production build (issue 6's budgets).
//
// Where Next.js 16 records it: `next build` writes .next/diagnostics/route-bundle-stats.json, one
// row per route with `firstLoadChunkPaths` — the route's entry chunks (its page and layouts, from
// the client reference manifest) plus the shared framework chunks (build-manifest rootMainFiles).
// Those are the scripts the HTML names, loaded before hydration. Chunks behind `next/dynamic`
// (the charts) are listed per page in .next/server/app/<page>/react-loadable-manifest.json; they
// arrive after hydration, so they are reported separately as "with lazy".
//
// Sizes are gzip at zlib's default level, as `next start` compresses them, in KB of 1,024 bytes.
//
//   node scripts/first-load-js.mjs   (npm run check:bundles) prints a table; exit 1 when over budget
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Budgets in KB from issue 6. Pages the issue does not name are held to the task list's, and the
 * task page's lazy progress chart to the dashboard's charts.
 */
export const BUDGETS = {
  '/sign-in': { firstLoadKb: 150 },
  '/tasks': { firstLoadKb: 180 },
  '/tasks/[id]': { firstLoadKb: 180, withLazyKb: 290 },
  '/': { firstLoadKb: 180, withLazyKb: 290 }, // the dashboard
};
const DEFAULT_BUDGET = { firstLoadKb: 180 };

function readJson(file) {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} not found: run \`next build\` first`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** "/(app)/tasks/[id]/page" → "/tasks/[id]": route groups and parallel-route slots are not in the URL. */
function routeOf(appPath) {
  const segments = appPath.split('/').filter((s) => s && !s.startsWith('(') && !s.startsWith('@'));
  return `/${segments.slice(0, -1).join('/')}`;
}

/** The chunks each page loads through next/dynamic, keyed by route. */
function lazyChunksByRoute(distDir) {
  const appPaths = readJson(path.join(distDir, 'server', 'app-paths-manifest.json'));
  const byRoute = new Map();
  for (const appPath of Object.keys(appPaths).filter((p) => p.endsWith('/page'))) {
    const file = path.join(distDir, 'server', 'app', appPath, 'react-loadable-manifest.json');
    if (!fs.existsSync(file)) continue;
    const files = Object.values(readJson(file)).flatMap((entry) => entry.files);
    const js = files.filter((f) => f.endsWith('.js')).map((f) => path.join(distDir, f));
    if (js.length > 0) byRoute.set(routeOf(appPath), js);
  }
  return byRoute;
}

function gzippedSize(cache, file) {
  if (!cache.has(file)) cache.set(file, gzipSync(fs.readFileSync(file)).length);
  return cache.get(file);
}

function kb(bytes) {
  return Math.round((bytes / 1024) * 10) / 10;
}

/**
 * [{ route, firstLoadKb, withLazyKb?, budget }] for every app page of the build in `distDir`
 * (default .next, or NEXT_DIST_DIR), sorted by route. withLazyKb is there only for routes with
 * next/dynamic chunks: first load plus every lazy chunk not already loaded.
 */
export function firstLoadJs({ distDir = path.resolve(root, process.env.NEXT_DIST_DIR || '.next') } = {}) {
  const stats = readJson(path.join(distDir, 'diagnostics', 'route-bundle-stats.json'));
  const lazy = lazyChunksByRoute(distDir);
  const cache = new Map();
  const total = (files) => kb([...new Set(files)].reduce((sum, f) => sum + gzippedSize(cache, f), 0));
  return stats
    .map(({ route, firstLoadChunkPaths }) => {
      // The stats name files relative to the folder `next build` ran in: this project's root.
      const first = firstLoadChunkPaths.filter((f) => f.endsWith('.js')).map((f) => path.resolve(root, f));
      const row = { route, firstLoadKb: total(first), budget: BUDGETS[route] ?? DEFAULT_BUDGET };
      if (lazy.has(route)) row.withLazyKb = total([...first, ...lazy.get(route)]);
      return row;
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** One message per budget exceeded. */
export function overBudget(rows) {
  return rows.flatMap(({ route, firstLoadKb, withLazyKb, budget }) => [
    ...(firstLoadKb > budget.firstLoadKb ? [`${route}: first load ${firstLoadKb} KB > ${budget.firstLoadKb} KB`] : []),
    ...(withLazyKb !== undefined && budget.withLazyKb !== undefined && withLazyKb > budget.withLazyKb
      ? [`${route}: with lazy chunks ${withLazyKb} KB > ${budget.withLazyKb} KB`]
      : []),
  ]);
}

function printTable(rows) {
  const cell = (value, budget) => (value === undefined ? '' : `${value.toFixed(1)}${budget === undefined ? '' : ` / ${budget}`}`);
  const lines = [
    ['route', 'first load KB / budget', 'with lazy KB / budget'],
    ...rows.map((r) => [r.route, cell(r.firstLoadKb, r.budget.firstLoadKb), cell(r.withLazyKb, r.budget.withLazyKb)]),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  for (const line of lines) console.log(line.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = firstLoadJs();
  console.log('First-load JavaScript per route, gzipped (KB = 1,024 bytes)\n');
  printTable(rows);
  const over = overBudget(rows);
  if (over.length > 0) {
    console.error(`\nOver budget:\n${over.map((m) => `  ${m}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nEvery route is within its budget.');
}
