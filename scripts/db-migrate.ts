// npm run db:migrate — applies pending migrations to the configured database.
import { closeDb, getDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';

const db = await getDb();
try {
  await migrateDatabase(db);
  console.log('Migrations applied.');
} finally {
  await closeDb();
}
