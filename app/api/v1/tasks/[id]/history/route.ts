import { getDb } from '@/db/client';
import { taskHistory } from '@/db/queries/audit';
import { apiRoute, idParam } from '@/app/lib/api';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ viewer, params }) => {
  const items = await taskHistory(await getDb(), viewer, idParam(params.id));
  return { items, total: items.length };
});
