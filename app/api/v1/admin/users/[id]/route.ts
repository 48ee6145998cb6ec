import { getDb } from '@/db/client';
import { getAccount, updateAccount, updateAccountInput } from '@/db/queries/accounts';
import { apiRoute, idParam, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ viewer, params }) => getAccount(await getDb(), viewer, idParam(params.id)));

export const PATCH = apiRoute<Params>(async ({ request, viewer, params }) => {
  const id = idParam(params.id);
  const input = await readJson(request, updateAccountInput);
  return updateAccount(await getDb(), viewer, id, input, (await writeContext()).ip);
});
