import { getDb } from '@/db/client';
import { listNarratives, narrativeInput, postNarrative } from '@/db/queries/priorities';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ viewer, params }) => {
  const items = await listNarratives(await getDb(), viewer, idParam(params.id));
  return { items, total: items.length };
});

/** The quarterly narrative; immutable once posted (a second post for the quarter is a 409). */
export const POST = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, narrativeInput);
  const narrativeId = await postNarrative(await getDb(), viewer, id, input, await writeContext());
  return Response.json({ id: narrativeId }, { status: 201 });
});
