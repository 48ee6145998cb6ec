// The SQL twin of deriveTimeliness (db/domain/timeliness.ts), so the task list can filter and the
// dashboard can count by timeliness in the database. tests/integration/timeliness-sql.test.ts
// checks that both agree on every case.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { tasks } from '../schema';

type Columns = Record<'status' | 'progress' | 'startDate' | 'dueDate' | 'completedOn' | 'completionRequestedOn', SQLWrapper>;

const TASK_COLUMNS: Columns = {
  status: tasks.status,
  progress: tasks.progress,
  startDate: tasks.startDate,
  dueDate: tasks.dueDate,
  completedOn: tasks.completedOn,
  completionRequestedOn: tasks.completionRequestedOn,
};

/** The columns of a tasks table under an alias, for raw SQL (e.g. `FROM tasks t`). */
export function aliasColumns(alias: string): Columns {
  const c = (name: string) => sql.raw(`${alias}.${name}`);
  return { status: c('status'), progress: c('progress'), startDate: c('start_date'), dueDate: c('due_date'), completedOn: c('completed_on'), completionRequestedOn: c('completion_requested_on') };
}

export function timelinessSql(today: string, c: Columns = TASK_COLUMNS): SQL<string> {
  const t = sql`${today}::date`;
  return sql<string>`CASE
    WHEN ${c.status} = 'cancelled' THEN 'cancelled'
    WHEN ${c.status} = 'completed' THEN
      CASE WHEN coalesce(${c.completedOn}, ${c.completionRequestedOn}, ${t}) <= ${c.dueDate}
        THEN 'completed_on_time' ELSE 'completed_late' END
    WHEN ${c.status} = 'awaiting_confirmation' AND ${c.completionRequestedOn} IS NOT NULL THEN
      CASE WHEN ${c.completionRequestedOn} <= ${c.dueDate} THEN 'on_schedule' ELSE 'overdue' END
    WHEN ${t} > ${c.dueDate} THEN 'overdue'
    WHEN ${c.progress} <= 0 THEN
      CASE WHEN ${c.status} = 'in_progress' AND ${t} > ${c.startDate} THEN 'at_risk' ELSE 'not_started' END
    WHEN ${c.progress} >= 100 THEN 'on_schedule'
    WHEN (100 - ${c.progress}) * greatest(1, ${t} - ${c.startDate} + 1) > ${c.progress} * (${c.dueDate} - ${t})
      THEN 'at_risk'
    ELSE 'on_schedule'
  END`;
}
