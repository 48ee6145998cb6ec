import { getDb } from '@/db/client';
import { planStatusInput, setPlanStatus } from '@/db/queries/plans';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

/** Moves a plan along draft → active → closed: {"version": 3, "status": "active"} (leader, admin). */
export const PATCH = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, planStatusInput);
  return setPlanStatus(await getDb(), viewer, id, input, await writeContext());
});
