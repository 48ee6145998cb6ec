// Errors over HTTP as application/problem+json (RFC 9457).
import { AppError, type AppErrorCode } from '@/db/errors';

export type Problem = {
  status: number;
  title: string;
  detail?: string;
  type?: string;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
};

export function problem(p: Problem, init: { headers?: Record<string, string> } = {}): Response {
  const body = { ...p, type: p.type ? `/problems/${p.type}` : 'about:blank' };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...init.headers },
  });
}

const STATUS: Record<AppErrorCode, { status: number; title: string }> = {
  unauthenticated: { status: 401, title: 'Not signed in' },
  malformed: { status: 400, title: 'Malformed request' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Stale version' },
  invalid: { status: 422, title: 'Invalid input' },
  too_large: { status: 413, title: 'Payload too large' },
  unsupported_type: { status: 415, title: 'Unsupported media type' },
  rate_limited: { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Service unavailable' },
};

export function problemFromError(error: AppError): Response {
  const { status, title } = STATUS[error.code];
  return problem({ status, title, type: error.code.replace('_', '-'), detail: error.messageKey, errors: error.details.fields, ...('current' in error.details ? { current: error.details.current } : {}) });
}
