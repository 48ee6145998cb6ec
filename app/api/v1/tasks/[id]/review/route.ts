import { getDb } from '@/db/client';
import { reviewCompletion } from '@/db/queries/progress';
import { reviewInput } from '@/db/queries/task-inputs';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

export const POST = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, reviewInput);
  return reviewCompletion(await getDb(), viewer, id, input, await writeContext());
});
