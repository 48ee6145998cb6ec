import { describe, expect, it } from 'vitest';
import { deriveTimeliness, type TimelinessInput } from '@/db/domain/timeliness';

const base: TimelinessInput = {
  status: 'in_progress',
  progress: 50,
  startDate: '2021-01-01',
  dueDate: '2021-06-30',
  completedOn: null,
  completionRequestedOn: null,
};

describe('deriveTimeliness', () => {
  it('due today is not overdue; due yesterday is', () => {
    expect(deriveTimeliness({ ...base, progress: 99 }, '2021-06-30')).not.toBe('overdue');
    expect(deriveTimeliness({ ...base, progress: 99 }, '2021-07-01')).toBe('overdue');
  });

  it('completed on the due date is on time; the day after is late', () => {
    expect(deriveTimeliness({ ...base, status: 'completed', progress: 100, completedOn: '2021-06-30' }, '2021-12-31')).toBe('completed_on_time');
    expect(deriveTimeliness({ ...base, status: 'completed', progress: 100, completedOn: '2021-07-01' }, '2021-12-31')).toBe('completed_late');
  });

  it('a completion requested before the due date and confirmed after it counts on time', () => {
    const requested = { ...base, progress: 100, completionRequestedOn: '2021-06-29' };
    expect(deriveTimeliness({ ...requested, status: 'awaiting_confirmation' }, '2021-07-10')).toBe('on_schedule');
    expect(deriveTimeliness({ ...requested, status: 'completed', completedOn: '2021-06-29' }, '2021-07-10')).toBe('completed_on_time');
  });

  it('a completion requested after the due date is overdue while it waits', () => {
    expect(deriveTimeliness({ ...base, status: 'awaiting_confirmation', progress: 100, completionRequestedOn: '2021-07-02' }, '2021-07-03')).toBe('overdue');
  });

  it('is at risk when the pace so far reaches 100% after the due date', () => {
    // 181 days in all; on 2021-04-01 (day 91) 50% is on pace to finish on day 182 — one day late.
    expect(deriveTimeliness({ ...base, progress: 50 }, '2021-04-01')).toBe('at_risk');
    expect(deriveTimeliness({ ...base, progress: 60 }, '2021-04-01')).toBe('on_schedule');
    expect(deriveTimeliness({ ...base, progress: 10 }, '2021-03-01')).toBe('at_risk');
  });

  it('not started with no progress, at risk once started and still at zero, overdue past the due date', () => {
    expect(deriveTimeliness({ ...base, status: 'not_started', progress: 0 }, '2021-03-01')).toBe('not_started');
    expect(deriveTimeliness({ ...base, status: 'in_progress', progress: 0 }, '2021-03-01')).toBe('at_risk');
    expect(deriveTimeliness({ ...base, status: 'not_started', progress: 0 }, '2021-07-01')).toBe('overdue');
  });

  it('cancelled tasks are outside the buckets', () => {
    expect(deriveTimeliness({ ...base, status: 'cancelled' }, '2021-07-01')).toBe('cancelled');
  });
});
