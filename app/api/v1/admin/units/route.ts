import { getDb } from '@/db/client';
import { createUnit, createUnitInput } from '@/db/queries/units';
import { apiRoute, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await readJson(request, createUnitInput);
  return Response.json(await createUnit(await getDb(), viewer, input, (await writeContext()).ip), { status: 201 });
});
