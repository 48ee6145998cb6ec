import { z } from 'zod';
import { getDb } from '@/db/client';
import { id } from '@/db/queries/input-fields';
import { listPriorities } from '@/db/queries/tasks';
import { apiRoute } from '@/app/lib/api';

const query = z.object({ plan: id.optional() });

export const GET = apiRoute(async ({ request, viewer }) => {
  const { plan } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const items = await listPriorities(await getDb(), viewer, plan);
  return { items, total: items.length };
});
