import { getDb } from '@/db/client';
import { listPlans } from '@/db/queries/plans';
import { apiRoute } from '@/app/lib/api';

export const GET = apiRoute(async ({ viewer }) => {
  const items = await listPlans(await getDb(), viewer);
  return { items, total: items.length };
});
