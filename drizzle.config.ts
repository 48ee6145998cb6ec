import { defineConfig } from 'drizzle-kit';

// Generation only: drizzle-kit diffs db/schema.ts against db/migrations. Migrations are applied
// by the app itself at start (db/migrate.ts), on PGlite or PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
  casing: 'snake_case',
});
