'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { invalid } from '@/db/errors';
import { changeOwnPassword, changeOwnPasswordInput } from '@/db/queries/accounts';
import { runAction, type ActionState } from '@/app/lib/action';
import { parseForm } from '@/app/lib/form-input';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/**
 * Changes the signed-in user's password. The change ends every session of the account (session
 * version + 1), this one included, so the user signs in again with the new password.
 */
export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(async (viewer, { ip }) => {
    const input = parseForm(changeOwnPasswordInput, formData, { required: ['currentPassword', 'newPassword', 'confirmPassword'] });
    if (formData.get('confirmPassword') !== input.newPassword) throw invalid({ confirmPassword: ['passwordMismatch'] });
    await changeOwnPassword(await getDb(), viewer, input, ip);
  });
  if (!state.ok) return state;
  // The cookie no longer matches the session version; drop it rather than leave a dead one behind.
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    if (jar.has(name)) jar.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
  }
  redirect('/sign-in?changed=1');
}
