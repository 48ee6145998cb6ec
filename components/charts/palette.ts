// The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008): its colors stay apart for
// the common forms of color blindness. Color is never the only cue: every series also has a name
// in the legend, problem categories carry a pattern, and every chart has a data table.
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

export type PatternKind = 'stripes' | 'denseStripes' | 'dots';

export type SeriesStyle = { color: string; pattern: PatternKind | null };

/** Timeliness buckets in stack order, from done well to late. */
export const TIMELINESS_STYLES = {
  completed_on_time: { color: OKABE_ITO.bluishGreen, pattern: null },
  completed_late: { color: OKABE_ITO.skyBlue, pattern: 'stripes' },
  on_schedule: { color: OKABE_ITO.blue, pattern: null },
  not_started: { color: OKABE_ITO.grey, pattern: null },
  at_risk: { color: OKABE_ITO.orange, pattern: 'dots' },
  overdue: { color: OKABE_ITO.vermillion, pattern: 'denseStripes' },
} as const satisfies Record<string, SeriesStyle>;

export type StackedTimeliness = keyof typeof TIMELINESS_STYLES;
export const STACKED_TIMELINESS = Object.keys(TIMELINESS_STYLES) as StackedTimeliness[];

export const CHART_TEXT = '#1a2230';
export const CHART_MUTED = '#4a5568';
export const CHART_GRID = '#d5dbe3';
