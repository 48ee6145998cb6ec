// Who may do what: one table, read by every data-access function (STYLE.md pattern 1).
// Deny by default: an action or role missing from the table is refused.
import type { Role } from './schema';

/** Every action of PRODUCT.md, named from the start so each later capability arrives with its row. */
export const ACTIONS = [
  'task.read',
  'task.list',
  'task.create',
  'task.edit',
  'task.cancel',
  'task.update.own_unit',
  'task.update.other_unit',
  'evidence.upload',
  'completion.request',
  'completion.confirm',
  'comment.create',
  'audit.read',
  'accounts.manage',
  'token.issue',
  'export',
  'plan.manage',
  'priority.health',
  'priority.narrative',
] as const;

export type Action = (typeof ACTIONS)[number];

/**
 * `true`: allowed. `'own_unit'`: allowed only on a task whose lead or supporting units include the
 * viewer's unit. Anything absent: refused.
 */
type Grant = true | 'own_unit';

export const POLICY: Readonly<Record<Role, Partial<Record<Action, Grant>>>> = {
  admin: Object.fromEntries(ACTIONS.map((a) => [a, true])),
  // Leaders do everything but account administration; plan.manage covers plan status and
  // starting next year's plan.
  leader: Object.fromEntries(ACTIONS.filter((a) => a !== 'accounts.manage' && a !== 'token.issue').map((a) => [a, true])),
  officer: {
    'task.read': true,
    'task.list': true,
    'task.update.own_unit': 'own_unit',
    'evidence.upload': 'own_unit',
    'completion.request': 'own_unit',
    'comment.create': 'own_unit',
    export: true,
    // The quarterly narrative is posted by the priority's lead unit (scope: that unit only).
    'priority.narrative': 'own_unit',
  },
  viewer: {
    'task.read': true,
    'task.list': true,
    export: true,
  },
};

export type Viewer = {
  id: number;
  role: Role;
  unitId: number;
  name: string;
  email: string;
};

/** What a task contributes to a decision: the units it involves. */
export type TaskScope = { leadUnitId: number; supportingUnitIds: readonly number[] };

export function involvesUnit(task: TaskScope, unitId: number): boolean {
  return task.leadUnitId === unitId || task.supportingUnitIds.includes(unitId);
}

export function can(viewer: Viewer | null, action: Action, task?: TaskScope): boolean {
  if (!viewer) return false;
  const grant = POLICY[viewer.role]?.[action];
  if (grant === true) return true;
  if (grant === 'own_unit') return task !== undefined && involvesUnit(task, viewer.unitId);
  return false;
}

/**
 * Posting a progress update is one action for the caller; which row of the table applies depends on
 * whether the task involves the viewer's unit.
 */
export function updateActionFor(viewer: Viewer, task: TaskScope): Action {
  return involvesUnit(task, viewer.unitId) ? 'task.update.own_unit' : 'task.update.other_unit';
}
