// npm run db:seed — migrates and seeds the configured database (idempotent: a second run adds nothing).
import { closeDb, getDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { countRows, seedDatabase } from '../db/seed/seed';
import { env } from '../app/lib/env';

// tsx runs these files as CommonJS, which has no top-level await.
async function main() {
  const db = await getDb();
  try {
    await migrateDatabase(db);
    const result = await seedDatabase(db, { demoPassword: env().DEMO_PASSWORD });
    console.log(result.planCreated ? 'Seeded the 2021 plan.' : 'The 2021 plan was already there; nothing added to it.');
    console.log(`Units created: ${result.unitsCreated}, users created: ${result.usersCreated}`);
    console.table(await countRows(db));
  } finally {
    await closeDb();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
