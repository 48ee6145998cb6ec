// Bad input at scale (issue 6): generated requests at every /api/v1 write. For each: never a 5xx;
// every 4xx is problem+json that names what was wrong; a refused request changes nothing (the audit
// log and the records it aimed at, seen through the API on both engines, and every table on
// PostgreSQL); an accepted write adds exactly its audit rows. Deterministic: the seed is printed,
// FUZZ_SEED and FUZZ_RUNS change it and the number of requests per endpoint.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DatabaseFingerprint } from '../support/db-fingerprint';
import { checkEndpoint } from '../support/fuzz-property';
import { closeTargets, prepareTargets, targetPlanId, TARGETS } from '../support/fuzz-targets';
import { DEMO, signedIn, type HttpClient } from '../support/http-client';

const SEED = Number(process.env.FUZZ_SEED ?? 20211015);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

let admin: HttpClient;
let db: DatabaseFingerprint | null = null;

beforeAll(async () => {
  admin = await signedIn(DEMO.admin);
  const url = inject('serverDatabaseUrl');
  if (url) db = await DatabaseFingerprint.open(url);
  await prepareTargets(admin);
  console.info(`[api-fuzz] seed ${SEED}, ${RUNS} requests per endpoint (FUZZ_SEED, FUZZ_RUNS to change); ${db ? 'PostgreSQL: every table compared' : 'embedded database: compared through the API'}`);
}, 120_000);

afterAll(async () => {
  await closeTargets();
  await db?.close();
});

describe('generated requests at every /api/v1 write', () => {
  it('has a target for every write handler under app/api/v1', () => {
    const root = path.resolve(import.meta.dirname, '../../app/api/v1');
    const handlers = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('route.ts'))
      .flatMap((file) => {
        const route = `/${path.dirname(file)}`.replaceAll('[id]', '{id}').replace(/\/\.$/, '');
        const methods = [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/export const (POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
        return methods.map((method) => `${method} ${route}`);
      });
    expect(Object.keys(TARGETS).sort()).toEqual(handlers.sort());
  });

  for (const [index, [name, target]] of Object.entries(TARGETS).entries()) {
    it(`${name}: never a 5xx, refusals are specific and change nothing, writes have their audit rows`, async () => {
      const tally = await checkEndpoint(admin, db, name, target, { seed: SEED + index, runs: RUNS });
      console.info(`[api-fuzz] ${name}: ${tally}`);
    }, 300_000);
  }

  it('leaves every page and export working over what it wrote', async () => {
    const plan = targetPlanId();
    for (const page of ['/', `/tasks?plan=${plan}&pageSize=200`, `/tasks/board?plan=${plan}`, `/tasks/timeline?plan=${plan}`, '/audit', '/admin/units', '/admin/accounts']) {
      expect((await admin.fetch(page)).status, page).toBe(200);
    }
    expect((await admin.fetch(`/api/v1/tasks/export?plan=${plan}`)).status).toBe(200);
    for (const file of [`/api/v1/tasks/export?plan=${plan}&format=xlsx`, `/api/v1/reports?plan=${plan}&kind=year&year=2021&format=xlsx`]) {
      const response = await admin.fetch(file);
      expect(response.status, file).toBe(200);
      await new ExcelJS.Workbook().xlsx.load(await response.arrayBuffer());
    }
  });
});
