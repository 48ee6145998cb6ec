// The dashboard's chart leaves behind one import, so they share one lazily loaded chunk instead
// of each chunk carrying its own copy of the recharts helpers they have in common.
export { CategoryBarChart } from './category-bar-chart';
export { CumulativeLineChart } from './cumulative-line-chart';
export { StackedBarChart } from './stacked-bar-chart';
