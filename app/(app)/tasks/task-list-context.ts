import 'server-only';
import type { Db } from '@/db/client';
import type { Viewer } from '@/db/policy';
import { listOwners, type OwnerOption } from '@/db/queries/people';
import { listPlanChoices, type PlanSummary } from '@/db/queries/plans';
import { listTasksInput, type ListTasksInput } from '@/db/queries/task-inputs';
import { listPriorities } from '@/db/queries/tasks';
import { listUnits, type UnitDto } from '@/db/queries/units';
import { appToday } from '@/app/lib/today';

export type RawSearchParams = Record<string, string | string[] | undefined>;

export type PriorityOption = { id: number; code: string; title: string };

/** What the list, board and timeline share: the filters as parsed and the options of each filter. */
export type TaskListContext = {
  /** The filters in effect: the URL's, with the plan filled in (the active plan, else the newest). */
  input: ListTasksInput;
  /** The URL had a value that does not parse: it was ignored and the plan's whole list is shown. */
  invalid: boolean;
  plans: PlanSummary[];
  plan: PlanSummary | null;
  priorities: PriorityOption[];
  /** Every unit, to name a task's units. */
  units: UnitDto[];
  /** The units that existed during the plan's year, for the unit filter. */
  unitOptions: UnitDto[];
  owners: OwnerOption[];
  /** The owner filter's choices: all owners, or when they are too many, those of the chosen unit. */
  ownerOptions: OwnerOption[];
  /** How many owners there are when the filter waits for a unit to be chosen (0 otherwise). */
  ownersHidden: number;
  today: string;
};

/** A GET form sends empty fields as `name=`; those mean "no filter", not an invalid value. */
function flatten(params: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first.trim() !== '') out[key] = first;
  }
  return out;
}

const MAX_OWNER_OPTIONS = 200;

export async function loadTaskListContext(db: Db, viewer: Viewer, searchParams: RawSearchParams): Promise<TaskListContext> {
  const parsed = listTasksInput.safeParse(flatten(searchParams));
  let invalid = !parsed.success;
  let input: ListTasksInput = parsed.success ? parsed.data : listTasksInput.parse({});

  const [plans, units, owners] = await Promise.all([listPlanChoices(db, viewer), listUnits(db, viewer), listOwners(db, viewer)]);
  let plan = input.plan === undefined ? defaultPlan(plans) : plans.find((p) => p.id === input.plan);
  if (!plan) {
    // A plan id that does not exist (or was deleted) is as good as an invalid one.
    if (input.plan !== undefined) invalid = true;
    input = listTasksInput.parse({});
    plan = defaultPlan(plans);
  }
  input = { ...input, plan: plan?.id };

  const priorities = plan
    ? (await listPriorities(db, viewer, plan.id)).map((p) => ({ id: p.id, code: p.code, title: p.title }))
    : [];
  // A priority of another plan (left over after switching plans) would empty the list silently.
  if (input.priority !== undefined && !priorities.some((p) => p.id === input.priority)) input = { ...input, priority: undefined };

  const unitOptions = plan ? units.filter((u) => existedDuring(u, plan.year) || u.id === input.unit) : units;
  // A ministry has thousands of task owners: a select of them all would weigh more than the page.
  const tooMany = owners.length > MAX_OWNER_OPTIONS;
  const chosen = (o: OwnerOption) => o.id === input.owner || (input.unit !== undefined && o.unitId === input.unit);
  const ownerOptions = tooMany ? owners.filter(chosen) : owners;
  const ownersHidden = tooMany && input.unit === undefined ? owners.length : 0;
  return { input, invalid, plans, plan: plan ?? null, priorities, units, unitOptions, owners, ownerOptions, ownersHidden, today: appToday() };
}

function defaultPlan(plans: PlanSummary[]): PlanSummary | undefined {
  // listPlanChoices gives the newest year first.
  return plans.find((p) => p.status === 'active') ?? plans[0];
}

function existedDuring(unit: UnitDto, year: number): boolean {
  return unit.validFrom <= `${year}-12-31` && (unit.validTo === null || unit.validTo >= `${year}-01-01`);
}

/** The same filters without paging, for views that show every match at once (up to `limit`). */
export function unpaged(input: ListTasksInput, limit: number): ListTasksInput {
  return { ...input, page: 1, pageSize: limit };
}
