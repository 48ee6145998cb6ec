// Typed outcomes of the data-access layer. Pages map them to Vietnamese messages, the API to
// problem+json (app/lib/errors.ts). A refused or invalid write changes nothing.
export type AppErrorCode =
  | 'unauthenticated'
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
