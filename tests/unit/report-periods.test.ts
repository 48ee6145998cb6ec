import { describe, expect, it } from 'vitest';
import { latestClosedPeriod, reportPeriod } from '@/db/domain/report-periods';

describe('report periods (Decree 09/2019/NĐ-CP cut-offs)', () => {
  it('monthly: 15th of the previous month to the 14th, across the year boundary', () => {
    expect(reportPeriod('month', 2021, 3)).toMatchObject({ from: '2021-02-15', to: '2021-03-14' });
    expect(reportPeriod('month', 2021, 1)).toMatchObject({ from: '2020-12-15', to: '2021-01-14' });
    expect(reportPeriod('month', 2021, 12)).toMatchObject({ from: '2021-11-15', to: '2021-12-14' });
  });

  it('quarterly: 15th of the month before the quarter to the 14th of its last month', () => {
    expect(reportPeriod('quarter', 2021, 1)).toMatchObject({ from: '2020-12-15', to: '2021-03-14' });
    expect(reportPeriod('quarter', 2021, 2)).toMatchObject({ from: '2021-03-15', to: '2021-06-14' });
    expect(reportPeriod('quarter', 2021, 3)).toMatchObject({ from: '2021-06-15', to: '2021-09-14' });
    expect(reportPeriod('quarter', 2021, 4)).toMatchObject({ from: '2021-09-15', to: '2021-12-14' });
  });

  it('six-month and annual: from 15/12 of the previous year to 14/6 and 14/12', () => {
    expect(reportPeriod('half', 2021)).toMatchObject({ from: '2020-12-15', to: '2021-06-14' });
    expect(reportPeriod('year', 2021)).toMatchObject({ from: '2020-12-15', to: '2021-12-14' });
    expect(reportPeriod('year', 2025)).toMatchObject({ from: '2024-12-15', to: '2025-12-14' });
  });

  it('refuses periods that do not exist', () => {
    expect(() => reportPeriod('month', 2021, 13)).toThrow(RangeError);
    expect(() => reportPeriod('quarter', 2021, 0)).toThrow(RangeError);
  });

  it('finds the latest period whose cut-off has passed', () => {
    expect(latestClosedPeriod('month', '2021-10-15')).toMatchObject({ index: 10, from: '2021-09-15', to: '2021-10-14' });
    expect(latestClosedPeriod('month', '2021-10-14')).toMatchObject({ index: 10 });
    expect(latestClosedPeriod('month', '2021-10-13')).toMatchObject({ index: 9 });
    expect(latestClosedPeriod('quarter', '2021-01-10')).toMatchObject({ year: 2020, index: 4, to: '2020-12-14' });
    expect(latestClosedPeriod('year', '2021-12-20')).toMatchObject({ year: 2021, to: '2021-12-14' });
  });
});
