// One property per /api/v1 write endpoint (issue 6: bad input at scale), run with fast-check.
import fc from 'fast-check';
import { expect } from 'vitest';
import { apiFingerprint, auditRowsAfter, type ApiFingerprint, type DatabaseFingerprint } from './db-fingerprint';
import { build, plans } from './fuzz-requests';
import type { Json, Target } from './fuzz-targets';
import type { HttpClient } from './http-client';

type Problem = { type?: string; title?: string; status?: number; detail?: string; errors?: Record<string, string[]> };

/** A refusal must say what was wrong: its own type, a title, and a detail or the failing fields. */
function expectSpecificProblem(response: Response, text: string, where: string): void {
  expect(response.headers.get('content-type'), where).toContain('application/problem+json');
  const problem = JSON.parse(text) as Problem;
  expect(problem.status, where).toBe(response.status);
  expect(problem.type, where).toMatch(/^\/problems\/[a-z-]+$/);
  expect(problem.type, where).not.toBe('/problems/internal');
  expect(problem.title, where).toBeTruthy();
  const fields = Object.entries(problem.errors ?? {});
  expect(Boolean(problem.detail) || fields.length > 0, where).toBe(true);
  for (const [field, messages] of fields) {
    expect(field, where).toBeTruthy();
    expect(messages.length, where).toBeGreaterThan(0);
  }
}

type Fingerprint = { api: ApiFingerprint; tables: Record<string, string> | null };

async function fingerprint(admin: HttpClient, db: DatabaseFingerprint | null, target: Target): Promise<Fingerprint> {
  return { api: await apiFingerprint(admin, target.observe()), tables: (await db?.take()) ?? null };
}

const auditCount = (tables: Record<string, string> | null) => Number(tables?.audit_log?.split(':')[0] ?? NaN);

/**
 * Sends `runs` generated requests to one endpoint as the administrator and checks each: never a
 * 5xx; a refusal is a specific problem+json and leaves the fingerprint as it was; an accepted write
 * adds exactly its audit rows (or, if it changed nothing, nothing at all). Answers a tally of the
 * statuses seen, e.g. "201×6 404×3 422×16".
 */
export async function checkEndpoint(
  admin: HttpClient,
  db: DatabaseFingerprint | null,
  name: string,
  target: Target,
  options: { seed: number; runs: number },
): Promise<string> {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(plans(target), async ({ id, query, shape }) => {
      const valid = await target.valid?.();
      const pathId = id ?? String(target.id?.() ?? '');
      const path = target.path.replace('{id}', pathId) + query;
      const request = await build(shape, valid);
      const before = await fingerprint(admin, db, target);
      const response = await admin.fetch(path, {
        method: target.method,
        headers: request.contentType === null ? {} : { 'content-type': request.contentType },
        body: request.body,
      });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const where = `${name} ${path} ${request.summary}\n→ ${response.status} ${text.slice(0, 400)}`;
      expect(response.status, where).toBeLessThan(500);
      const after = await fingerprint(admin, db, target);
      if (response.status >= 400) {
        expectSpecificProblem(response, text, where);
        expect(after, `nothing may change: ${where}`).toEqual(before);
        return;
      }
      const body = (text ? JSON.parse(text) : {}) as Json;
      const rows = await auditRowsAfter(admin, before.api.auditId);
      if (rows.length === 0) {
        // An edit that changes nothing is accepted and writes nothing, not even an audit row.
        expect(after, `a no-op writes nothing: ${where}`).toEqual(before);
        return;
      }
      expect(rows.length, where).toBe(target.audit.count?.(body) ?? 1);
      expect(rows.every((row) => row.entity === target.audit.entity), `${where}\n${JSON.stringify(rows)}`).toBe(true);
      if (db) expect(auditCount(after.tables) - auditCount(before.tables), where).toBe(rows.length);
      if (request.contentType === 'application/json' && shape.kind === 'json') await target.stored?.(JSON.parse(String(request.body)) as Json, body);
    }),
    // No shrinking: every try is a real write on a shared server. The failure names the request.
    { seed: options.seed, numRuns: options.runs, endOnFailure: true },
  );
  return [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
}
