import { getDb } from '@/db/client';
import { listUnits } from '@/db/queries/units';
import { apiRoute } from '@/app/lib/api';

export const GET = apiRoute(async ({ viewer }) => {
  const items = await listUnits(await getDb(), viewer);
  return { items, total: items.length };
});
