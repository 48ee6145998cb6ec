'use client';

import dynamic from 'next/dynamic';
import type { ProgressPoint } from '@/components/charts/progress-line-chart';
import styles from './task-page.module.css';

// recharts is loaded after the page, in its own chunk: the page and its data table come first.
const ProgressLineChart = dynamic(() => import('@/components/charts/progress-line-chart').then((m) => m.ProgressLineChart), {
  ssr: false,
  loading: () => <div className={styles.chartPlaceholder} />,
});

type Props = { data: ProgressPoint[]; actualLabel: string; plannedLabel: string };

export function ProgressChart(props: Props) {
  return (
    <div className={styles.chart} aria-hidden="true">
      <ProgressLineChart {...props} />
    </div>
  );
}
