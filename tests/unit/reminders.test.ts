// Which deadline reminder a task is due for on a given day: 7, 3 and 1 days before, and overdue
// from the day after its due date. Pure: "today" is passed in.
import { describe, expect, it } from 'vitest';
import { reminderDedupeKey, reminderFor } from '@/db/domain/reminders';
import type { TaskStatus } from '@/db/schema';

const due = '2021-10-18';
const open = (status: TaskStatus = 'in_progress') => ({ status, dueDate: due });

describe('reminderFor', () => {
  it.each([
    ['2021-10-11', 'deadline_7'],
    ['2021-10-15', 'deadline_3'],
    ['2021-10-17', 'deadline_1'],
    ['2021-10-19', 'overdue'],
  ] as const)('on %s a task due 18/10/2021 is due for %s', (today, kind) => {
    expect(reminderFor(open(), today)).toBe(kind);
  });

  it.each(['2021-10-10', '2021-10-12', '2021-10-13', '2021-10-14', '2021-10-16'])('on %s (not 7, 3 or 1 days before) there is no reminder', (today) => {
    expect(reminderFor(open(), today)).toBeNull();
  });

  it('says nothing on the due date itself: a task is due at the end of its day', () => {
    expect(reminderFor(open(), due)).toBeNull();
  });

  it('keeps saying overdue later on (the dedupe key makes it one notification)', () => {
    expect(reminderFor(open(), '2021-11-30')).toBe('overdue');
    expect(reminderFor(open(), '2022-01-01')).toBe('overdue');
  });

  it('counts calendar days across months and years', () => {
    expect(reminderFor({ status: 'not_started', dueDate: '2022-01-02' }, '2021-12-26')).toBe('deadline_7');
    expect(reminderFor({ status: 'not_started', dueDate: '2021-03-01' }, '2021-02-26')).toBe('deadline_3');
    expect(reminderFor({ status: 'not_started', dueDate: '2024-03-01' }, '2024-02-29')).toBe('deadline_1');
  });

  it.each(['completed', 'cancelled', 'paused', 'awaiting_confirmation'] as const)('reminds nobody of a %s task', (status) => {
    expect(reminderFor(open(status), '2021-10-15')).toBeNull();
    expect(reminderFor(open(status), '2021-10-25')).toBeNull();
  });

  it('reminds of not started and in-progress tasks alike', () => {
    expect(reminderFor(open('not_started'), '2021-10-15')).toBe('deadline_3');
    expect(reminderFor(open('in_progress'), '2021-10-15')).toBe('deadline_3');
  });
});

describe('reminderDedupeKey', () => {
  it('names the kind, the task and the due date, so a moved deadline is reminded afresh', () => {
    expect(reminderDedupeKey('deadline_3', 42, '2021-10-18')).toBe('deadline_3:42:2021-10-18');
    expect(reminderDedupeKey('deadline_3', 42, '2021-10-25')).not.toBe(reminderDedupeKey('deadline_3', 42, '2021-10-18'));
  });
});
