// npm run db:restore FILE — replaces the configured database's data with a backup made by
// npm run db:backup, in one transaction, after migrating the database to the backup's level.
// No top-level await: tsx runs this file as CommonJS (package.json has no "type": "module").
import path from 'node:path';
import { z } from 'zod';
import { describeSummary, isRefusal, readBackupHeader, restoreDatabase } from '../db/backup';
import { closeDb, databaseKind, embeddedDataDir, getDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';

const args = z.tuple([z.string().min(1).refine((arg) => !arg.startsWith('-'))]).safeParse(process.argv.slice(2));

async function main(file: string): Promise<void> {
  // Refuse a file that is not a backup, or of another migration level, before touching the database.
  await readBackupHeader(file);
  const db = await getDb();
  await migrateDatabase(db);
  const summary = await restoreDatabase(db, file);
  const target = databaseKind() === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `the embedded database at ${embeddedDataDir()}`;
  console.log(`Restored ${file} into ${target}: ${describeSummary(summary)}.`);
  console.table(Object.fromEntries(summary.tables.map((t) => [t.name, t.rows])));
}

if (!args.success) {
  console.error('Usage: npm run db:restore FILE');
  process.exitCode = 2;
} else {
  main(path.resolve(args.data[0]))
    .catch((error: unknown) => {
      // Whatever failed, the restore's transaction was rolled back: the data is as it was.
      console.error('Nothing was restored; the data is as it was.');
      console.error(isRefusal(error) ? error.message : error);
      process.exitCode = 1;
    })
    .finally(closeDb);
}
