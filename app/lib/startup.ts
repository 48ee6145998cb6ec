import { databaseKind, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed/seed';
import { env } from './env';
import { startReminderJob } from './reminder-job';

export async function prepareDatabase(): Promise<void> {
  const started = Date.now();
  const db = await getDb();
  await migrateDatabase(db);
  const { SEED_ON_START, DEMO_PASSWORD } = env();
  if (SEED_ON_START === 'true') {
    const result = await seedDatabase(db, { demoPassword: DEMO_PASSWORD });
    if (result.planCreated) console.log('[khcn] Seeded the 2021 plan and the demo accounts.');
  }
  console.log(`[khcn] Database ready (${databaseKind()}) in ${Date.now() - started} ms.`);
  // After the database is ready; never during `next build` (instrumentation.ts does not call us then).
  startReminderJob();
}
