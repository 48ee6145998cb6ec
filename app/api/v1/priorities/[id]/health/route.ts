import { getDb } from '@/db/client';
import { healthHistory, healthInput, setHealth } from '@/db/queries/priorities';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

/** A leader's health rating: {"rating": "green" | "amber" | "red", "reason": "…"}. */
export const POST = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, healthInput);
  const db = await getDb();
  await setHealth(db, viewer, id, input, await writeContext());
  return Response.json({ items: await healthHistory(db, viewer, id) }, { status: 201 });
});
