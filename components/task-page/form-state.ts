'use client';

import { useTranslations } from 'next-intl';
import type { ActionState } from '@/app/lib/action';

/** A Server Action as a form receives it (useActionState). */
export type FormAction = (state: ActionState, form: FormData) => Promise<ActionState>;

export const EMPTY_STATE: ActionState = {};

/** Translates the message keys of an ActionState ("errors.x", "fieldErrors.y"), with a safe fallback. */
export function useActionText() {
  const t = useTranslations();
  return (key: string | undefined): string => (!key ? '' : t.has(key) ? t(key) : t('errors.invalid'));
}

/** The field errors of a state whose key is the field or starts with it ("files", "files.0"). */
export function errorsFor(state: ActionState, field: string): string[] {
  if (!state.errors) return [];
  return Object.entries(state.errors)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
}

/** The 409 answer of a stale version: the record as it is now, or null for any other answer. */
export function staleCurrent<T extends { version: number }>(state: ActionState): T | null {
  return state.message === 'errors.staleVersion' && state.current && typeof state.current === 'object' ? (state.current as T) : null;
}
