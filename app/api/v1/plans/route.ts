import { getDb } from '@/db/client';
import { listPlans, nextYearPlanInput, startNextYearPlan } from '@/db/queries/plans';
import { apiRoute, readJson } from '@/app/lib/api';
import { writeContext } from '@/app/lib/request-context';

export const GET = apiRoute(async ({ viewer }) => {
  const items = await listPlans(await getDb(), viewer);
  return { items, total: items.length };
});

/** Starts next year's plan from a plan: {"fromPlanId": 1} (leader, admin). */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = await readJson(request, nextYearPlanInput);
  const result = await startNextYearPlan(await getDb(), viewer, input, await writeContext());
  return Response.json(result, { status: 201 });
});
