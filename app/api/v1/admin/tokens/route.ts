import { getDb } from '@/db/client';
import { issueApiToken, issueTokenInput, listApiTokens } from '@/db/queries/api-tokens';
import { apiRoute, readJson } from '@/app/lib/api';

export const GET = apiRoute(async ({ viewer }) => {
  const items = await listApiTokens(await getDb(), viewer);
  return { items, total: items.length };
});

/** The token is in this response only; the server keeps its hash. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await readJson(request, issueTokenInput);
  const issued = await issueApiToken(await getDb(), viewer, { ...input, expiresAt: input.expiresAt ? new Date(input.expiresAt) : null });
  return Response.json(issued, { status: 201 });
});
