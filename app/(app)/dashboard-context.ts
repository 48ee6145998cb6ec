import 'server-only';
import type { Db } from '@/db/client';
import type { Viewer } from '@/db/policy';
import { dashboardInput, type DashboardInput } from '@/db/queries/dashboard';
import { listPlanChoices, type PlanSummary } from '@/db/queries/plans';
import { listPriorities } from '@/db/queries/tasks';
import { listUnits, type UnitDto } from '@/db/queries/units';
import type { PriorityOption } from '@/components/dashboard/types';

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The dashboard's filters as parsed, with the options of each filter. */
export type DashboardContext = {
  /** null when there is no plan at all. */
  input: DashboardInput | null;
  /** The URL had a value that does not parse or names nothing: it was ignored. */
  invalid: boolean;
  plans: PlanSummary[];
  plan: PlanSummary | null;
  priorities: PriorityOption[];
  /** The units that existed during the plan's year (and the one filtered by, whatever its dates). */
  units: UnitDto[];
};

/** The first value of each parameter; a GET form sends an empty field as `name=`, which means "all". */
function flatten(params: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['plan', 'priority', 'unit'] as const) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== '') out[key] = first.trim();
  }
  return out;
}

export async function loadDashboardContext(db: Db, viewer: Viewer, searchParams: RawSearchParams): Promise<DashboardContext> {
  const raw = flatten(searchParams);
  const [plans, allUnits] = await Promise.all([listPlanChoices(db, viewer), listUnits(db, viewer)]);
  // The plan: the URL's, else the active plan, else the newest (listPlanChoices gives the newest first).
  const fallback = plans.find((p) => p.status === 'active') ?? plans[0];
  const parsed = dashboardInput.partial().safeParse(raw);
  let invalid = !parsed.success;
  const wanted = parsed.success ? parsed.data : {};
  let plan = wanted.plan === undefined ? fallback : plans.find((p) => p.id === wanted.plan);
  if (!plan) {
    invalid = true;
    plan = fallback;
  }
  if (!plan) return { input: null, invalid, plans, plan: null, priorities: [], units: [] };

  const priorities = (await listPriorities(db, viewer, plan.id)).map((p) => ({
    id: p.id,
    code: p.code,
    title: p.title,
    legalBasis: p.legalBasis,
    legalBasisDate: p.legalBasisDate,
  }));
  // A priority of another plan (left over after switching plans) would empty every figure silently.
  let priority = plan.id === wanted.plan || wanted.plan === undefined ? wanted.priority : undefined;
  if (priority !== undefined && !priorities.some((p) => p.id === priority)) {
    invalid = true;
    priority = undefined;
  }
  let unit = wanted.unit;
  if (unit !== undefined && !allUnits.some((u) => u.id === unit)) {
    invalid = true;
    unit = undefined;
  }
  const year = plan.year;
  const units = allUnits.filter((u) => u.id === unit || (u.validFrom <= `${year}-12-31` && (u.validTo === null || u.validTo >= `${year}-01-01`)));
  return { input: { plan: plan.id, priority, unit }, invalid, plans, plan, priorities, units };
}
