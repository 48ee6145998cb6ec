// npm run db:migrate — applies pending migrations to the configured database.
import { closeDb, getDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';

// tsx runs these files as CommonJS, which has no top-level await.
async function main() {
  const db = await getDb();
  try {
    await migrateDatabase(db);
    console.log('Migrations applied.');
  } finally {
    await closeDb();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
