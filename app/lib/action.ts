import 'server-only';
import { z } from 'zod';
import { AppError, fromDatabaseError } from '@/db/errors';
import type { Viewer } from '@/db/policy';
import { fieldErrors } from './api';
import { isDatabaseUnavailable } from './database-unavailable';
import { writeContext } from './request-context';
import { getViewer } from './viewer';

/**
 * What every Server Action returns to its form (useActionState). `message` and the field errors
 * are message keys ("errors.staleVersion", "fieldErrors.required"), translated by the form.
 */
export type ActionState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[]>;
  /** On a stale version (409): the current record, so the form can show what changed. */
  current?: unknown;
  /** Anything the form needs after success (e.g. a token shown once, a new id). */
  result?: unknown;
};

export const initialActionState: ActionState = {};

/**
 * The one wrapper of every Server Action: resolves the viewer, runs one data-access call (which
 * checks the policy itself) and maps typed errors to the form. Server Actions are public HTTP
 * endpoints: nothing here trusts the page that rendered the form.
 */
export async function runAction<T>(
  work: (viewer: Viewer, ctx: { today: string; ip: string }) => Promise<T>,
  onSuccess?: (result: T) => ActionState | void,
): Promise<ActionState> {
  try {
    const viewer = await getViewer();
    if (!viewer) return { message: 'errors.unauthenticated' };
    const result = await work(viewer, await writeContext());
    return { ok: true, ...(onSuccess?.(result) ?? {}) };
  } catch (error) {
    if (error instanceof AppError) {
      return { message: `errors.${error.messageKey}`, errors: prefixed(error.details.fields), current: error.details.current };
    }
    if (error instanceof z.ZodError) return { message: 'errors.invalid', errors: prefixed(fieldErrors(error)) };
    if (isDatabaseUnavailable(error)) return { message: 'errors.unavailable' };
    const refused = fromDatabaseError(error);
    if (refused) return { message: `errors.${refused.messageKey}` };
    throw error;
  }
}

/** Field error keys → message keys under fieldErrors. */
function prefixed(fields: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
  if (!fields) return undefined;
  // Our schemas use keys as messages; anything else (a zod default text) reads as a wrong type.
  const key = (message: string) => (/^[A-Za-z0-9_]+$/.test(message) ? `fieldErrors.${message}` : 'fieldErrors.invalid_type');
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.map(key)]));
}
