// Typed outcomes of the data-access layer. Pages map them to Vietnamese messages, the API to
// problem+json (app/lib/errors.ts). A refused or invalid write changes nothing.
export type AppErrorCode =
  | 'unauthenticated'
  | 'malformed'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid'
  | 'too_large'
  | 'unsupported_type'
  | 'rate_limited'
  | 'unavailable';

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** A message key (messages/*.json, under "errors"), never user-facing text itself. */
    readonly messageKey: string,
    readonly details: { fields?: FieldErrors; current?: unknown; [key: string]: unknown } = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const forbidden = (key = 'forbidden') => new AppError('forbidden', key);
export const notFound = (key = 'notFound') => new AppError('not_found', key);
export const invalid = (fields: FieldErrors, key = 'invalid') => new AppError('invalid', key, { fields });
export const conflict = (current: unknown, key = 'staleVersion') => new AppError('conflict', key, { current });

/**
 * A statement PostgreSQL refused because of a value, not because of the database: class 22 (data
 * exceptions: 22P05 untranslatable character, 22021 invalid byte sequence, 22003 out of range, 22008
 * bad date…) and class 23 (integrity). The input schemas should stop such values first; this keeps a
 * value they miss, or a duplicate two requests create at once (23505), from becoming a 500.
 */
export function fromDatabaseError(error: unknown): AppError | null {
  const refusal = databaseRefusal(error);
  if (!refusal) return null;
  const { sqlState } = refusal;
  if (sqlState === '23505') return new AppError('conflict', 'duplicate', refusal);
  if (sqlState === '23503') return new AppError('conflict', 'referenceChanged', refusal);
  if (sqlState.startsWith('23')) return new AppError('invalid', 'invalid', refusal);
  if (sqlState.startsWith('22')) return new AppError('malformed', 'valueRefused', refusal);
  return null;
}

/** The SQLSTATE and message of the driver's error, wherever drizzle nested it (its own message lists the parameters). */
function databaseRefusal(error: unknown): { sqlState: string; reason: string } | null {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { sqlState: code, reason: String(message ?? '') };
  }
  return null;
}
