import { getDb } from '@/db/client';
import { revokeApiToken } from '@/db/queries/api-tokens';
import { apiRoute, idParam } from '@/app/lib/api';

type Params = { id: string };

export const DELETE = apiRoute<Params>(async ({ viewer, params }) => {
  await revokeApiToken(await getDb(), viewer, idParam(params.id));
  return new Response(null, { status: 204 });
});
