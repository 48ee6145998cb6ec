import 'server-only';
import type { Db } from '@/db/client';
import type { Viewer } from '@/db/policy';
import { listPlanChoices, type PlanSummary } from '@/db/queries/plans';
import type { UnitDto } from '@/db/queries/units';

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, blank as absent. */
export function param(params: RawSearchParams, name: string): string | undefined {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first !== undefined && first.trim() !== '' ? first : undefined;
}

/** The plan the URL names, else the active plan, else the newest (listPlanChoices gives the newest year first). */
function choosePlan(plans: PlanSummary[], raw: string | undefined): PlanSummary | undefined {
  const id = raw && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
  return plans.find((p) => p.id === id) ?? plans.find((p) => p.status === 'active') ?? plans[0];
}

/** The plans to choose from, and the one a page shows: the one its `plan` parameter names, else the default. */
export async function planFromParams(db: Db, viewer: Viewer, params: RawSearchParams): Promise<{ plans: PlanSummary[]; plan: PlanSummary | undefined }> {
  const plans = await listPlanChoices(db, viewer);
  return { plans, plan: choosePlan(plans, param(params, 'plan')) };
}

/** Units as they were during the plan's year: a 2021 plan shows the 2021 districts, a 2026 plan today's units. */
export function existedDuring(unit: Pick<UnitDto, 'validFrom' | 'validTo'>, year: number): boolean {
  return unit.validFrom <= `${year}-12-31` && (unit.validTo === null || unit.validTo >= `${year}-01-01`);
}
