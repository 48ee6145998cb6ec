'use client';

import dynamic from 'next/dynamic';
import styles from './charts.module.css';

// recharts (~100 KB gzipped) stays out of the first load: the dashboard's figures, tables and lists
// render on the server, and each chart arrives in its own chunk after the page (issue 6's budget).
function Placeholder() {
  return <div className={styles.placeholder} />;
}

export const LazyCategoryBarChart = dynamic(() => import('./dashboard-charts').then((m) => m.CategoryBarChart), {
  ssr: false,
  loading: Placeholder,
});

export const LazyStackedBarChart = dynamic(() => import('./dashboard-charts').then((m) => m.StackedBarChart), {
  ssr: false,
  loading: Placeholder,
});

export const LazyCumulativeLineChart = dynamic(() => import('./dashboard-charts').then((m) => m.CumulativeLineChart), {
  ssr: false,
  loading: Placeholder,
});
