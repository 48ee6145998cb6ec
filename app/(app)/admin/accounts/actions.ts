'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { createAccount, createAccountInput, resetPassword, resetPasswordInput, updateAccount, updateAccountInput } from '@/db/queries/accounts';
import { runAction, type ActionState } from '@/app/lib/action';
import { idField, parseForm } from '@/app/lib/form-input';

const PAGE = '/admin/accounts';

export async function createAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    async (viewer, { ip }) => {
      const input = parseForm(createAccountInput, formData, { required: ['email', 'name', 'role', 'unitId', 'password'] });
      return createAccount(await getDb(), viewer, input, ip);
    },
    (account) => {
      revalidatePath(PAGE);
      return { message: 'admin.accounts.messages.created', result: { email: account.email } };
    },
  );
}

/** Name, role and unit of one account; the version says which state the form was based on. */
export async function updateAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(async (viewer, { ip }) => {
    const id = idField(formData);
    const input = parseForm(updateAccountInput, formData, { required: ['version', 'name', 'role', 'unitId'] });
    return updateAccount(await getDb(), viewer, id, input, ip);
  });
  revalidatePath(PAGE);
  return state.ok ? { ok: true, message: 'admin.accounts.messages.updated' } : state;
}

/** Disables or re-enables an account: a disabled one cannot sign in and its sessions end at once. */
export async function setAccountDisabledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const disabled = formData.get('disabled') === 'true';
  const state = await runAction(async (viewer, { ip }) => {
    const id = idField(formData);
    const input = parseForm(updateAccountInput, formData, { required: ['version'] }, { disabled });
    return updateAccount(await getDb(), viewer, id, input, ip);
  });
  revalidatePath(PAGE);
  return state.ok ? { ok: true, message: disabled ? 'admin.accounts.messages.disabled' : 'admin.accounts.messages.enabled' } : state;
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(async (viewer, { ip }) => {
    const id = idField(formData);
    const input = parseForm(resetPasswordInput, formData, { required: ['version', 'password'] });
    await resetPassword(await getDb(), viewer, id, input, ip);
  });
  revalidatePath(PAGE);
  return state.ok ? { ok: true, message: 'admin.accounts.messages.passwordReset' } : state;
}
