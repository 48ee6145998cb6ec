'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { nextYearPlanInput, planStatusInput, setPlanStatus, startNextYearPlan } from '@/db/queries/plans';
import { runAction, type ActionState } from '@/app/lib/action';
import { idField, parseForm } from '@/app/lib/form-input';

const PAGE = '/plans';

/** One step along draft → active → closed; the version says which state the button was shown for. */
export async function setPlanStatusAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(async (viewer, { ip }) => {
    const id = idField(formData);
    const input = parseForm(planStatusInput, formData, { required: ['version', 'status'] });
    return setPlanStatus(await getDb(), viewer, id, input, { ip });
  });
  revalidatePath('/', 'layout');
  return state.ok ? { ok: true, message: formData.get('status') === 'closed' ? 'plans.messages.closed' : 'plans.messages.activated' } : state;
}

/** A draft plan for the next year with the priorities and unfinished tasks of this one. */
export async function startNextYearPlanAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(async (viewer, { ip }) => {
    const input = parseForm(nextYearPlanInput, formData, { required: ['fromPlanId'], optional: ['version'] });
    return startNextYearPlan(await getDb(), viewer, input, { ip });
  });
  revalidatePath(PAGE);
  return state.ok ? { ok: true, message: 'plans.messages.started' } : state;
}
