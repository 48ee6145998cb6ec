import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { problem } from '@/app/lib/problem';

export const dynamic = 'force-dynamic';

/** 200 when a query round-trips to the database, 503 problem+json when it does not. */
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`SELECT 1`);
    return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return problem({ status: 503, title: 'Database unavailable', detail: 'The database did not answer a query.', type: 'database-unavailable' });
  }
}
