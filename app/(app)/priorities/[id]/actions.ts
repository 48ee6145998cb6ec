'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { healthInput, narrativeInput, postNarrative, setHealth } from '@/db/queries/priorities';
import { runAction, type ActionState } from '@/app/lib/action';
import { parseForm } from '@/app/lib/form-input';

// Public endpoints like every Server Action: the data-access functions check the policy (a leader
// for the rating, the lead unit or a leader for the narrative); `priorityId` is bound by the page.

function refresh(priorityId: number) {
  revalidatePath(`/priorities/${priorityId}`);
  revalidatePath('/');
}

export async function setHealthAction(priorityId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction((viewer, { ip }) => getDb().then((db) => setHealth(db, viewer, priorityId, parseForm(healthInput, form, { required: ['rating', 'reason'] }), { ip })));
  if (state.ok) {
    refresh(priorityId);
    return { ok: true, message: 'priorities.health.form.saved' };
  }
  return state;
}

export async function postNarrativeAction(priorityId: number, _state: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction((viewer, { ip }) =>
    getDb().then((db) => postNarrative(db, viewer, priorityId, parseForm(narrativeInput, form, { required: ['year', 'quarter', 'doneText', 'plannedText', 'figuresText'] }), { ip })),
  );
  if (state.ok) {
    refresh(priorityId);
    return { ok: true, message: 'priorities.narratives.form.posted' };
  }
  return state;
}
