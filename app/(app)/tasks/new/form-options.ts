import 'server-only';
import type { Db } from '@/db/client';
import type { Viewer } from '@/db/policy';
import { listAssignableUsers } from '@/db/queries/assignable-users';
import { listPlanChoices } from '@/db/queries/plans';
import { listTasksInput } from '@/db/queries/task-inputs';
import { listPriorities, listTasks } from '@/db/queries/tasks';
import { listUnits } from '@/db/queries/units';
import type { FormOptions } from '@/components/task-form/conflict-lines';

/** The choices of the task form: priorities and parent tasks of the plans still open, units, people. */
export async function loadFormOptions(db: Db, viewer: Viewer, today: string, only?: { planId: number; exceptTaskId: number }): Promise<FormOptions> {
  const plans = (await listPlanChoices(db, viewer)).filter((p) => p.status !== 'closed' && (!only || p.id === only.planId));
  const [priorityLists, taskLists, units, people] = await Promise.all([
    Promise.all(plans.map((plan) => listPriorities(db, viewer, plan.id))),
    Promise.all(plans.map((plan) => listTasks(db, viewer, listTasksInput.parse({ plan: plan.id, pageSize: 200 }), today))),
    listUnits(db, viewer),
    listAssignableUsers(db, viewer),
  ]);
  const year = new Map(plans.map((p) => [p.id, p.year]));
  return {
    priorities: priorityLists.flat().map((p) => ({ id: p.id, planId: p.planId, label: `${year.get(p.planId)} · ${p.code}. ${p.title}` })),
    parents: taskLists
      .flatMap((list) => list.items)
      .filter((task) => task.id !== only?.exceptTaskId)
      .map((task) => ({ id: task.id, planId: task.planId, label: `${task.code} · ${task.title}` })),
    units: units.filter((u) => u.active).map((u) => ({ id: u.id, label: u.name })),
    people: people.map((p) => ({ id: p.id, label: `${p.name} — ${p.unitName}` })),
  };
}
