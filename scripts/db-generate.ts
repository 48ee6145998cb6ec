// npm run db:generate -- --tasks 100000 --updates 1000000 [--seed 1] [--year 2026]
// Migrates and seeds the configured database (DATABASE_URL, or the embedded one), then adds the
// generated plans. Meant for an empty database made for measuring; `npm run bench` makes its own.
import { parseArgs } from 'node:util';
import { closeDb, getDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { generateData, generatedToday, generateOptions } from '../db/seed/generate';
import { seedDatabase } from '../db/seed/seed';
import { env } from '../app/lib/env';

const { values } = parseArgs({
  options: { tasks: { type: 'string', default: '1000' }, updates: { type: 'string' }, seed: { type: 'string' }, year: { type: 'string' } },
});
const parsed = generateOptions.safeParse({ ...values, updates: values.updates ?? Number(values.tasks) * 10 });
if (!parsed.success) {
  console.error(`Invalid options: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  process.exit(2);
}
const options = parsed.data;

// tsx runs these files as CommonJS, which has no top-level await.
async function main() {
  const db = await getDb();
  try {
    await migrateDatabase(db);
    await seedDatabase(db, { demoPassword: env().DEMO_PASSWORD });
    const result = await generateData(db, { ...options, password: env().DEMO_PASSWORD, log: (line) => console.log(line) });
    console.log(`Generated in ${result.seconds} s (seed ${options.seed}); the plans describe ${generatedToday(options.year)} — start the app with SEED_TODAY=${generatedToday(options.year)} to see them so.`);
    console.table(result);
  } finally {
    await closeDb();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
