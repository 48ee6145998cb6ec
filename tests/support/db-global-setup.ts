// PostgreSQL runs (DATABASE_URL set): build one migrated template database for this run; each test
// file clones it (CREATE DATABASE … TEMPLATE), and everything is dropped at the end.
// Embedded runs need nothing here: each file opens its own in-memory PGlite.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migratePostgres } from '../../db/migrate';
import { adminUrl, databaseUrl } from './pg-urls';

export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL;
  if (!base) return;
  const template = `khcn_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(base) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await migratePostgres(databaseUrl(base, template));
  project.provide('pgTemplate', template);
  return async () => {
    const res = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [template, `${template}_%`]);
    for (const { datname } of res.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
