// What "nothing changed" means, seen two ways. Through the API, which works on both engines (the
// server holds the embedded database's lock): the newest audit id and the records a request could
// touch. And on PostgreSQL, straight from the server's database: every table's rows, digested.
import pg from 'pg';
import type { HttpClient } from './http-client';

// Written by the reminder job on its own schedule and by sign-ins, never by an /api/v1 write.
const VOLATILE_TABLES = new Set(['notifications', 'sign_in_attempts']);
// Judged against the clock at read time, so they can change while nothing is written.
const VOLATILE_FIELDS = new Set(['lockedOut', 'live', 'lastSignInAt']);

export type ApiFingerprint = { auditId: number; views: Record<string, string> };

export async function latestAuditId(admin: HttpClient): Promise<number> {
  const { status, body } = await admin.json<{ items: { id: number }[] }>('/api/v1/audit?limit=1');
  if (status !== 200) throw new Error(`audit read failed: ${status}`);
  return body.items[0]?.id ?? 0;
}

export async function apiFingerprint(admin: HttpClient, paths: string[]): Promise<ApiFingerprint> {
  const views: Record<string, string> = {};
  for (const path of paths) {
    const response = await admin.fetch(path);
    const text = await response.text();
    views[path] = `${response.status} ${JSON.stringify(JSON.parse(text), (key, value: unknown) => (VOLATILE_FIELDS.has(key) ? undefined : value))}`;
  }
  return { auditId: await latestAuditId(admin), views };
}

export type AuditRow = { id: number; action: string; entity: string; entityId: string; taskId: number | null };

/** The audit rows written after a given id, oldest first. */
export async function auditRowsAfter(admin: HttpClient, afterId: number): Promise<AuditRow[]> {
  const { body } = await admin.json<{ items: AuditRow[] }>('/api/v1/audit?limit=200');
  return body.items.filter((row) => row.id > afterId).reverse();
}

/** Every table of the server's PostgreSQL database: its row count and an md5 of its rows. */
export class DatabaseFingerprint {
  private constructor(private readonly client: pg.Client) {}

  static async open(url: string): Promise<DatabaseFingerprint> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new DatabaseFingerprint(client);
  }

  async take(): Promise<Record<string, string>> {
    const { rows } = await this.client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const tables = rows.map((r) => r.tablename).filter((t) => !VOLATILE_TABLES.has(t));
    const union = tables
      .map((t) => `SELECT '${t}' AS name, count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS digest FROM "${t}" x`)
      .join(' UNION ALL ');
    const result = await this.client.query<{ name: string; digest: string }>(union);
    return Object.fromEntries(result.rows.map((r) => [r.name, r.digest]));
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
