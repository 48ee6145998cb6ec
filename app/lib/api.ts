import 'server-only';
import { z } from 'zod';
import { AppError } from '@/db/errors';
import type { Viewer } from '@/db/policy';
import { problem, problemFromError } from './problem';
import { getViewer } from './viewer';

type RouteContext<P> = { params: Promise<P> };

export type ApiContext<P> = { request: Request; viewer: Viewer; params: P };

/** Turns zod issues into { "field.path": ["message"] } for problem+json. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Connection failures of node-postgres or PGlite: the database, not the request, is at fault. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: string; message?: string };
    if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003'].includes(code)) return true;
    if (message && /connection terminated|timeout exceeded when trying to connect|Connection terminated|the database system is (starting|shutting) up/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return problemFromError(error);
  if (error instanceof z.ZodError) {
    return problem({ status: 422, title: 'Invalid input', type: 'invalid', detail: 'Some fields are not valid.', errors: fieldErrors(error) });
  }
  if (error instanceof SyntaxError) {
    return problem({ status: 400, title: 'Malformed request body', type: 'malformed', detail: 'The body is not valid JSON.' });
  }
  if (isDatabaseUnavailable(error)) {
    return problem({ status: 503, title: 'Database unavailable', type: 'database-unavailable', detail: 'Try again shortly.' }, { headers: { 'Retry-After': '5' } });
  }
  console.error('[khcn] Unhandled API error', error);
  return problem({ status: 500, title: 'Internal error', type: 'internal' });
}

/**
 * A route handler of /api/v1: resolves the viewer (session cookie or Bearer token), hands the
 * request to one data-access call and maps its typed errors to problem+json. Authorization is
 * decided by the data-access function it calls, not here.
 */
export function apiRoute<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<Response | unknown>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const viewer = await getViewer();
      if (!viewer) {
        return problem(
          { status: 401, title: 'Not signed in', type: 'unauthenticated', detail: 'Sign in or send a personal API token (Authorization: Bearer …).' },
          { headers: { 'WWW-Authenticate': 'Bearer' } },
        );
      }
      const result = await handler({ request, viewer, params: await context.params });
      return result instanceof Response ? result : Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body and validates it; a body that is not JSON is a 400, a bad field a 422. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const text = await request.text();
  const body: unknown = text ? JSON.parse(text) : {};
  return schema.parse(body);
}

/** A positive integer id from a path segment; anything else is a 404 (nothing to find). */
export function idParam(value: string): number {
  const id = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('not_found', 'notFound');
  return id;
}
