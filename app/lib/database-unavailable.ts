/**
 * Connection failures of node-postgres or PGlite: the database, not the request, is at fault. The
 * API answers 503 (api.ts), a page sends the browser to /unavailable (page-viewer.ts), a Server
 * Action returns errors.unavailable (action.ts). "not queryable" is node-postgres refusing a client
 * whose connection already failed, e.g. for the ROLLBACK of a transaction cut off by the server
 * going down; drizzle then throws that error instead of the first one.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: string; message?: string };
    if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003'].includes(code)) return true;
    if (message && /connection terminated|timeout exceeded when trying to connect|timeout expired|is not queryable|the database system is (starting|shutting) up/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
