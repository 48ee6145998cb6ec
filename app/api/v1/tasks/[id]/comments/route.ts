import { getDb } from '@/db/client';
import { addComment, listComments } from '@/db/queries/comments';
import { commentInput } from '@/db/queries/task-inputs';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ viewer, params }) => {
  const items = await listComments(await getDb(), viewer, idParam(params.id));
  return { items, total: items.length };
});

export const POST = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, commentInput);
  const comment = await addComment(await getDb(), viewer, id, input, await writeContext());
  return Response.json(comment, { status: 201 });
});
