import 'server-only';
import { z } from 'zod';
import { AppError, fromDatabaseError } from '@/db/errors';
import type { Viewer } from '@/db/policy';
import { isDatabaseUnavailable } from './database-unavailable';
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

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return problemFromError(error);
  if (error instanceof z.ZodError) {
    return problem({ status: 422, title: 'Invalid input', type: 'invalid', detail: 'Some fields are not valid.', errors: fieldErrors(error) });
  }
  if (isDatabaseUnavailable(error)) {
    return problem({ status: 503, title: 'Database unavailable', type: 'database-unavailable', detail: 'Try again shortly.' }, { headers: { 'Retry-After': '5' } });
  }
  const refused = fromDatabaseError(error);
  if (refused) {
    // Two requests creating one record at once is expected; any other refusal means an input
    // schema let a value through that PostgreSQL would not take: answered, but worth a look.
    if (refused.code !== 'conflict') console.warn(`[khcn] The database refused a value (SQLSTATE ${String(refused.details.sqlState)}): ${String(refused.details.reason)}`);
    return problemFromError(refused);
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

/** Far above any valid body (the longest, a narrative, is 15,000 characters); bounds what is buffered. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body and validates it: an empty body reads as {}. Anything else must be declared
 * application/json (415), at most 1 MiB (413), UTF-8 (400: bytes are not guessed at or replaced)
 * and JSON (400); a bad field is a 422.
 */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const bytes = await readBody(request, MAX_JSON_BODY_BYTES);
  if (bytes.byteLength === 0) return schema.parse({});
  if (!isJsonType(request.headers.get('content-type'))) throw new AppError('unsupported_type', 'contentTypeNotJson');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('malformed', 'bodyNotUtf8');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('malformed', 'bodyNotJson');
  }
  return schema.parse(body);
}

/** application/json, or a +json type, in UTF-8 (RFC 8259 allows no other charset). */
function isJsonType(header: string | null): boolean {
  const [type = '', ...params] = (header ?? '').toLowerCase().split(';').map((p) => p.trim());
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) return false;
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
  return charset === undefined || charset === 'utf-8';
}

/** The body's bytes, refused with 413 as soon as it passes `limit` (declared or not). */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw new AppError('too_large', 'bodyTooLarge', { maxBytes: limit });
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError('too_large', 'bodyTooLarge', { maxBytes: limit });
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/** Reads a multipart/form-data body (415 for another type, 400 when it does not parse as one). */
export async function readForm(request: Request): Promise<FormData> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) throw new AppError('unsupported_type', 'contentTypeNotMultipart');
  try {
    return await request.formData();
  } catch {
    throw new AppError('malformed', 'bodyNotMultipart');
  }
}

/** A positive integer id from a path segment; anything else is a 404 (nothing to find). */
export function idParam(value: string): number {
  const id = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('not_found', 'notFound');
  return id;
}
