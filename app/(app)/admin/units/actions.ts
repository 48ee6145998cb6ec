'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { createUnit, createUnitInput, updateUnit, updateUnitInput } from '@/db/queries/units';
import { runAction, type ActionState } from '@/app/lib/action';
import { idField, parseForm } from '@/app/lib/form-input';

const PAGE = '/admin/units';

export async function createUnitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    async (viewer, { ip }) => {
      const input = parseForm(createUnitInput, formData, {
        required: ['code', 'name', 'kind', 'validFrom'],
        nullable: ['parentId', 'validTo'],
      });
      return createUnit(await getDb(), viewer, input, ip);
    },
    (unit) => {
      revalidatePath(PAGE);
      return { message: 'admin.units.messages.created', result: { code: unit.code } };
    },
  );
}

/** Rename, move in the tree (a blank parent makes it a top-level unit) and set the end date. */
export async function updateUnitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(async (viewer, { ip }) => {
    const id = idField(formData);
    const input = parseForm(updateUnitInput, formData, { required: ['version', 'name'], nullable: ['parentId', 'validTo'] });
    return updateUnit(await getDb(), viewer, id, input, ip);
  });
  revalidatePath(PAGE);
  return state.ok ? { ok: true, message: 'admin.units.messages.updated' } : state;
}

export async function setUnitActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const active = formData.get('active') === 'true';
  const state = await runAction(async (viewer, { ip }) => {
    const id = idField(formData);
    const input = parseForm(updateUnitInput, formData, { required: ['version'] }, { active });
    return updateUnit(await getDb(), viewer, id, input, ip);
  });
  revalidatePath(PAGE);
  return state.ok ? { ok: true, message: active ? 'admin.units.messages.reactivated' : 'admin.units.messages.deactivated' } : state;
}
