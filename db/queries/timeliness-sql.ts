// The SQL twin of deriveTimeliness (db/domain/timeliness.ts), so the task list can filter and the
// dashboard can count by timeliness in the database. tests/integration/timeliness-sql.test.ts
// checks that both agree on every case.
import { sql, type SQL } from 'drizzle-orm';
import { tasks } from '../schema';

export function timelinessSql(today: string): SQL<string> {
  const t = sql`${today}::date`;
  return sql<string>`CASE
    WHEN ${tasks.status} = 'cancelled' THEN 'cancelled'
    WHEN ${tasks.status} = 'completed' THEN
      CASE WHEN coalesce(${tasks.completedOn}, ${tasks.completionRequestedOn}, ${t}) <= ${tasks.dueDate}
        THEN 'completed_on_time' ELSE 'completed_late' END
    WHEN ${tasks.status} = 'awaiting_confirmation' AND ${tasks.completionRequestedOn} IS NOT NULL THEN
      CASE WHEN ${tasks.completionRequestedOn} <= ${tasks.dueDate} THEN 'on_schedule' ELSE 'overdue' END
    WHEN ${t} > ${tasks.dueDate} THEN 'overdue'
    WHEN ${tasks.progress} <= 0 THEN
      CASE WHEN ${tasks.status} = 'in_progress' AND ${t} > ${tasks.startDate} THEN 'at_risk' ELSE 'not_started' END
    WHEN ${tasks.progress} >= 100 THEN 'on_schedule'
    WHEN (100 - ${tasks.progress}) * greatest(1, ${t} - ${tasks.startDate} + 1) > ${tasks.progress} * (${tasks.dueDate} - ${t})
      THEN 'at_risk'
    ELSE 'on_schedule'
  END`;
}
