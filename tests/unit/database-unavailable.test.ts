// Which failures are the database being unreachable (503) rather than a bug (500): the shapes that
// node-postgres, its pool and drizzle produce, as seen while PostgreSQL stopped under load.
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '@/app/lib/database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const drizzleFailure = (query: string, cause: Error) => new Error(`Failed query: ${query}\nparams: `, { cause });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['the server shutting down a session', drizzleFailure('select 1', withCode('terminating connection due to administrator command', '57P01'))],
    ['a connection cut mid-query', drizzleFailure('select 1', new Error('Connection terminated unexpectedly'))],
    ['the ROLLBACK after the connection broke', drizzleFailure('rollback', new Error('Client has encountered a connection error and is not queryable'))],
    ['a connect that timed out', new Error('timeout expired')],
    ['no free pool connection within the bound', new Error('timeout exceeded when trying to connect')],
    ['a server still starting', withCode('the database system is starting up', '57P03')],
  ])('%s is the database being unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', drizzleFailure('insert', withCode('duplicate key value violates unique constraint', '23505'))],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['something that is not an error', 'boom'],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
