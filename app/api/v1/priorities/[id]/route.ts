import { getDb } from '@/db/client';
import { getPriority, healthHistory, listNarratives } from '@/db/queries/priorities';
import { apiRoute, idParam } from '@/app/lib/api';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ viewer, params }) => {
  const db = await getDb();
  const id = idParam(params.id);
  const priority = await getPriority(db, viewer, id);
  return { ...priority, health: await healthHistory(db, viewer, id), narratives: await listNarratives(db, viewer, id) };
});
