// Reporting periods of the state reporting regime (Decree 09/2019/NĐ-CP, as provinces apply it;
// DOMAIN.md). The data cut-off of each period:   monthly   = 15th of the previous month → 14th of the reporting month;
//   quarterly = 15th of the month before the quarter → 14th of the quarter's last month;
//   six-month = 15/12 of the previous year → 14/06;
//   annual    = 15/12 of the previous year → 14/12.
// Dates are yyyy-MM-dd strings; nothing here reads a clock.

export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type ReportPeriod = {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1 (the six-month report) or 1 for the year. */
  index: number;
  /** First day of the data (inclusive). */
  from: string;
  /** Last day of the data, the cut-off (inclusive). */
  to: string;
};

function ymd(year: number, month: number, day: number): string {
  // month may be 0 (December of the previous year).
  const y = month < 1 ? year - 1 : year;
  const m = month < 1 ? month + 12 : month;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function reportPeriod(kind: PeriodKind, year: number, index = 1): ReportPeriod {
  switch (kind) {
    case 'month':
      if (index < 1 || index > 12) throw new RangeError('month must be 1–12');
      return { kind, year, index, from: ymd(year, index - 1, 15), to: ymd(year, index, 14) };
    case 'quarter': {
      if (index < 1 || index > 4) throw new RangeError('quarter must be 1–4');
      const first = (index - 1) * 3 + 1;
      return { kind, year, index, from: ymd(year, first - 1, 15), to: ymd(year, first + 2, 14) };
    }
    case 'half':
      if (index !== 1) throw new RangeError('the six-month report covers the first half only');
      return { kind, year, index, from: ymd(year, 0, 15), to: ymd(year, 6, 14) };
    case 'year':
      return { kind, year, index: 1, from: ymd(year, 0, 15), to: ymd(year, 12, 14) };
  }
}

/** The latest period of a kind whose cut-off is on or before `today`. */
export function latestClosedPeriod(kind: PeriodKind, today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const candidates: ReportPeriod[] = [];
  for (const y of [year - 1, year]) {
    if (kind === 'month') for (let m = 1; m <= 12; m++) candidates.push(reportPeriod('month', y, m));
    if (kind === 'quarter') for (let q = 1; q <= 4; q++) candidates.push(reportPeriod('quarter', y, q));
    if (kind === 'half') candidates.push(reportPeriod('half', y));
    if (kind === 'year') candidates.push(reportPeriod('year', y));
  }
  return candidates.filter((p) => p.to <= today).at(-1) ?? candidates[0]!;
}
