import { getDb } from '@/db/client';
import { updateUnit, updateUnitInput } from '@/db/queries/units';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

export const PATCH = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, updateUnitInput);
  return updateUnit(await getDb(), viewer, id, input, (await writeContext()).ip);
});
