import { getTranslations } from 'next-intl/server';
import { ChartLegend, type LegendItem } from './chart-legend';
import styles from './dashboard.module.css';

type Props = {
  id: string;
  title: string;
  description: string;
  legend: LegendItem[];
  /** The chart (a lazy client leaf); null when there is nothing to draw. */
  chart: React.ReactNode;
  /** Height of the chart area in pixels, reserved before the chart loads. */
  height: number;
  empty?: string;
  /** The same figures as a table whose cells link to the same slices as the bars. */
  table: React.ReactNode;
  wide?: boolean;
  /** Shown beside the chart (the priorities' health ratings). */
  aside?: React.ReactNode;
};

/**
 * One chart: a title that says what it shows, a sentence on how to read it, the legend, the chart
 * (hidden from screen readers, which get the table) and its data table on demand. The table
 * prints even when closed (dashboard.module.css).
 */
export async function ChartCard({ id, title, description, legend, chart, height, empty, table, wide = false, aside }: Props) {
  const t = await getTranslations('dashboard');
  return (
    <section className={`card ${styles.block} ${wide ? styles.wide : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className={`muted ${styles.description}`}>{description}</p>
      {chart === null ? (
        <p className={styles.empty}>{empty ?? t('noData')}</p>
      ) : (
        <div className={aside ? styles.withAside : undefined}>
          <div className={styles.chartColumn}>
            <ChartLegend id={id} items={legend} />
            <div className={styles.chart} style={{ height }} aria-hidden="true" data-chart={id}>
              {chart}
            </div>
          </div>
          {aside}
        </div>
      )}
      <details className={styles.dataTable}>
        <summary>{t('table.show')}</summary>
        <div className="table-wrap">{table}</div>
      </details>
    </section>
  );
}
