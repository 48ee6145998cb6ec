'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { issueApiToken, issueTokenInput, revokeApiToken } from '@/db/queries/api-tokens';
import { invalid } from '@/db/errors';
import { runAction, type ActionState } from '@/app/lib/action';
import { idField, parseForm } from '@/app/lib/form-input';

const PAGE = '/admin/tokens';

/** The form gives a day; the token works until the end of that day in Vietnam (UTC+7, no DST). */
function endOfDayInVietnam(day: unknown): string | null {
  if (day === null || day === undefined) return null;
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw invalid({ expiresAt: ['dateInvalid'] });
  return `${day}T23:59:59+07:00`;
}

export async function issueTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    async (viewer, { ip }) => {
      const raw = formData.get('expiresAt');
      const expiresAt = endOfDayInVietnam(typeof raw === 'string' && raw.trim() ? raw.trim() : null);
      const input = parseForm(issueTokenInput, formData, { required: ['userId', 'name'] }, { expiresAt });
      return issueApiToken(await getDb(), viewer, { ...input, expiresAt: input.expiresAt ? new Date(input.expiresAt) : null }, ip);
    },
    (issued) => {
      revalidatePath(PAGE);
      // The token itself goes to this response only; the page never sees it again.
      return { message: 'admin.tokens.messages.issued', result: { token: issued.token, prefix: issued.prefix } };
    },
  );
}

export async function revokeTokenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(async (viewer, { ip }) => {
    await revokeApiToken(await getDb(), viewer, idField(formData), ip);
  });
  revalidatePath(PAGE);
  return state.ok ? { ok: true, message: 'admin.tokens.messages.revoked' } : state;
}
