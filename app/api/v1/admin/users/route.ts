import { getDb } from '@/db/client';
import { createAccount, createAccountInput, listAccounts } from '@/db/queries/accounts';
import { apiRoute, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

export const GET = apiRoute(async ({ viewer }) => {
  const items = await listAccounts(await getDb(), viewer);
  return { items, total: items.length };
});

export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await readJson(request, createAccountInput);
  const account = await createAccount(await getDb(), viewer, input, (await writeContext()).ip);
  return Response.json(account, { status: 201 });
});
