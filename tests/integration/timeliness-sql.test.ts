// The task list filters and the dashboard counts by timeliness in SQL (timelinessSql); the task page
// derives it in JS (deriveTimeliness). Both must give the same answer for every task on every day:
// each branch of the rule is checked by name, then a sweep of generated tasks over every day of 2021.
import { like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/db/domain/dates';
import { deriveTimeliness, type Timeliness, type TimelinessInput } from '@/db/domain/timeliness';
import { timelinessSql } from '@/db/queries/timeliness-sql';
import { queryRows } from '@/db/raw';
import { tasks, type TaskStatus } from '@/db/schema';
import { createTestDb, type TestDb } from '../support/test-db';

let t: TestDb;
let base: { planId: number; priorityId: number; leadUnitId: number };

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  const [row] = await queryRows<{ plan_id: number; priority_id: number; unit_id: number }>(
    t.db,
    sql`SELECT p.plan_id, p.id AS priority_id, p.lead_unit_id AS unit_id FROM priorities p ORDER BY p.id LIMIT 1`,
  );
  base = { planId: row!.plan_id, priorityId: row!.priority_id, leadUnitId: row!.unit_id };
});
afterAll(() => t.close());

type Case = TimelinessInput & { code: string };

async function insert(cases: Case[]): Promise<void> {
  for (let i = 0; i < cases.length; i += 500) {
    await t.db.insert(tasks).values(
      cases.slice(i, i + 500).map((c) => ({
        ...base,
        code: c.code,
        title: `Kiểm tra quy tắc ${c.code}`,
        status: c.status,
        progress: c.progress,
        startDate: c.startDate,
        dueDate: c.dueDate,
        completedOn: c.completedOn,
        completionRequestedOn: c.completionRequestedOn,
        cancelReason: c.status === 'cancelled' ? 'Không còn phù hợp' : null,
      })),
    );
  }
}

/** What the database says, beside what the JS rule says, for every task whose code starts so. */
async function compare(prefix: string, today: string) {
  const rows = await t.db
    .select({
      code: tasks.code,
      status: tasks.status,
      progress: tasks.progress,
      startDate: tasks.startDate,
      dueDate: tasks.dueDate,
      completedOn: tasks.completedOn,
      completionRequestedOn: tasks.completionRequestedOn,
      inSql: timelinessSql(today),
    })
    .from(tasks)
    .where(like(tasks.code, `${prefix}%`));
  return rows.map((r) => ({ code: r.code, inSql: r.inSql as Timeliness, inJs: deriveTimeliness(r, today) }));
}

const TODAY = '2021-10-15';
const YESTERDAY = addDays(TODAY, -1);
const task = (code: string, fields: Partial<TimelinessInput>): Case => ({
  code,
  status: 'in_progress',
  progress: 50,
  startDate: '2021-01-04',
  dueDate: '2021-12-31',
  completedOn: null,
  completionRequestedOn: null,
  ...fields,
});

// Pace: started 2021-09-17, so on 2021-10-15 29 days have elapsed (counting the start day); at 50%
// the same pace needs 29 more days, i.e. finishes exactly on 2021-11-13.
const PACE_START = addDays(TODAY, -28);

/** Every branch of the rule with the answer it must give on TODAY. */
const NAMED: [Case, Timeliness][] = [
  [task('TL-cancelled', { status: 'cancelled', dueDate: YESTERDAY }), 'cancelled'],
  [task('TL-done-on-due', { status: 'completed', progress: 100, dueDate: '2021-06-30', completedOn: '2021-06-30' }), 'completed_on_time'],
  [task('TL-done-early', { status: 'completed', progress: 100, dueDate: '2021-06-30', completedOn: '2021-05-02' }), 'completed_on_time'],
  [task('TL-done-late', { status: 'completed', progress: 100, dueDate: '2021-06-30', completedOn: '2021-07-01' }), 'completed_late'],
  [
    task('TL-done-requested-before', {
      status: 'completed',
      progress: 100,
      dueDate: '2021-06-30',
      completionRequestedOn: '2021-06-29',
      completedOn: '2021-06-29',
    }),
    'completed_on_time',
  ],
  [task('TL-await-before', { status: 'awaiting_confirmation', progress: 100, dueDate: '2021-10-01', completionRequestedOn: '2021-09-30' }), 'on_schedule'],
  [task('TL-await-on-due', { status: 'awaiting_confirmation', progress: 100, dueDate: '2021-10-01', completionRequestedOn: '2021-10-01' }), 'on_schedule'],
  [task('TL-await-after', { status: 'awaiting_confirmation', progress: 100, dueDate: '2021-10-01', completionRequestedOn: '2021-10-02' }), 'overdue'],
  [task('TL-await-no-date', { status: 'awaiting_confirmation', progress: 100, dueDate: YESTERDAY }), 'overdue'],
  [task('TL-overdue', { progress: 80, dueDate: '2021-09-30' }), 'overdue'],
  [task('TL-due-yesterday', { progress: 99, dueDate: YESTERDAY }), 'overdue'],
  [task('TL-due-today-100', { progress: 100, dueDate: TODAY }), 'on_schedule'],
  [task('TL-due-today-99', { progress: 99, dueDate: TODAY }), 'at_risk'],
  [task('TL-zero-before-start', { progress: 0, startDate: addDays(TODAY, 1) }), 'not_started'],
  [task('TL-zero-on-start', { progress: 0, startDate: TODAY }), 'not_started'],
  [task('TL-zero-after-start', { progress: 0, startDate: YESTERDAY }), 'at_risk'],
  [task('TL-not-started', { status: 'not_started', progress: 0, startDate: '2021-09-01' }), 'not_started'],
  [task('TL-not-started-late', { status: 'not_started', progress: 0, dueDate: YESTERDAY }), 'overdue'],
  [task('TL-paused-zero', { status: 'paused', progress: 0, startDate: '2021-09-01' }), 'not_started'],
  [task('TL-100-not-completed', { progress: 100, dueDate: '2021-12-31' }), 'on_schedule'],
  [task('TL-pace-exact', { progress: 50, startDate: PACE_START, dueDate: addDays(TODAY, 29) }), 'on_schedule'],
  [task('TL-pace-one-day-short', { progress: 50, startDate: PACE_START, dueDate: addDays(TODAY, 28) }), 'at_risk'],
  [task('TL-pace-ahead', { progress: 51, startDate: PACE_START, dueDate: addDays(TODAY, 28) }), 'on_schedule'],
  [task('TL-started-today', { progress: 1, startDate: TODAY, dueDate: addDays(TODAY, 99) }), 'on_schedule'],
  [task('TL-started-today-short', { progress: 1, startDate: TODAY, dueDate: addDays(TODAY, 98) }), 'at_risk'],
];

describe('timelinessSql agrees with deriveTimeliness', () => {
  beforeAll(() => insert(NAMED.map(([c]) => c)));

  it('gives the expected answer for every branch on 15/10/2021, in SQL and in JS', async () => {
    const rows = await compare('TL-', TODAY);
    expect(rows).toHaveLength(NAMED.length);
    const expected = Object.fromEntries(NAMED.map(([c, value]) => [c.code, value]));
    for (const row of rows) {
      expect({ code: row.code, value: row.inSql }).toEqual({ code: row.code, value: expected[row.code] });
      expect({ code: row.code, value: row.inJs }).toEqual({ code: row.code, value: expected[row.code] });
    }
  });

  it.each(['2021-01-01', '2021-06-30', '2021-07-01', '2021-09-30', '2021-10-02', '2021-11-13', '2021-11-14', '2022-01-01'])(
    'gives the same answer for every branch on %s',
    async (today) => {
      const rows = await compare('TL-', today);
      expect(rows).toHaveLength(NAMED.length);
      for (const row of rows) expect({ code: row.code, value: row.inSql }).toEqual({ code: row.code, value: row.inJs });
    },
  );

  it('gives the same answer for generated tasks on every day around 2021', async () => {
    const statuses: TaskStatus[] = ['not_started', 'in_progress', 'paused', 'awaiting_confirmation', 'completed', 'cancelled'];
    const cases: Case[] = [];
    for (const start of ['2021-01-04', '2021-03-15', '2021-06-30']) {
      for (const length of [0, 1, 2, 30, 57, 90, 200]) {
        const due = addDays(start, length);
        for (const progress of [0, 1, 10, 25, 33, 50, 66, 75, 99, 100]) {
          for (const status of statuses) {
            const dates: [string | null, string | null][] =
              status === 'completed'
                ? [[addDays(due, -1), null], [due, due], [addDays(due, 1), addDays(due, 1)]]
                : status === 'awaiting_confirmation'
                  ? [[null, null], [null, addDays(due, -1)], [null, due], [null, addDays(due, 1)]]
                  : [[null, null]];
            for (const [completedOn, requestedOn] of dates) {
              cases.push({
                code: `GEN-${cases.length}`,
                status,
                progress,
                startDate: start,
                dueDate: due,
                completedOn,
                completionRequestedOn: requestedOn,
              });
            }
          }
        }
      }
    }
    await insert(cases);
    let compared = 0;
    const seen = new Set<Timeliness>();
    for (let today = '2020-12-30'; today <= '2022-01-02'; today = addDays(today, 1)) {
      const rows = await compare('GEN-', today);
      expect(rows).toHaveLength(cases.length);
      const disagreements = rows.filter((r) => r.inSql !== r.inJs).map((r) => ({ today, ...r }));
      expect(disagreements).toEqual([]);
      for (const r of rows) seen.add(r.inSql);
      compared += rows.length;
    }
    expect(compared).toBeGreaterThan(100_000);
    // The sweep reaches every value of the rule, so none of its branches went untested.
    expect([...seen].sort()).toEqual(['at_risk', 'cancelled', 'completed_late', 'completed_on_time', 'not_started', 'on_schedule', 'overdue']);
  }, 180_000);
});
