// npm run db:backup [-- FILE] — writes a backup of the configured database (PGlite in PGLITE_DIR,
// or PostgreSQL with DATABASE_URL) to FILE, by default .data/backups/khcn-<time>.jsonl.gz.
// No top-level await: tsx runs this file as CommonJS (package.json has no "type": "module").
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BackupError, backupDatabase, defaultBackupFile, describeSummary, isRefusal } from '../db/backup';
import { closeDb, databaseKind, embeddedDataDir, getDb } from '../db/client';

const fileArgument = z.string().min(1).refine((arg) => !arg.startsWith('-'));
const args = z.union([z.tuple([]), z.tuple([fileArgument])]).safeParse(process.argv.slice(2));

async function main(file: string): Promise<void> {
  // Opening a missing folder would create an empty database, and back that up.
  if (databaseKind() === 'pglite' && !fs.existsSync(embeddedDataDir())) {
    throw new BackupError(`There is no embedded database at ${embeddedDataDir()} (set PGLITE_DIR, or DATABASE_URL for PostgreSQL).`);
  }
  const summary = await backupDatabase(await getDb(), file);
  console.log(`Backup written to ${summary.file}: ${describeSummary(summary)}.`);
  console.table(Object.fromEntries(summary.tables.map((t) => [t.name, t.rows])));
}

if (!args.success) {
  console.error('Usage: npm run db:backup [-- FILE]');
  process.exitCode = 2;
} else {
  main(path.resolve(args.data[0] ?? defaultBackupFile()))
    .catch((error: unknown) => {
      console.error(isRefusal(error) ? error.message : error);
      process.exitCode = 1;
    })
    .finally(closeDb);
}
