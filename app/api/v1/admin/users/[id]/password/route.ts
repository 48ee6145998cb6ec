import { getDb } from '@/db/client';
import { resetPassword, resetPasswordInput } from '@/db/queries/accounts';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

/** Sets a temporary password; the user must change it at the next sign-in. */
export const POST = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, resetPasswordInput);
  await resetPassword(await getDb(), viewer, id, input, (await writeContext()).ip);
  return new Response(null, { status: 204 });
});
