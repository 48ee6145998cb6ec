import { getTranslations } from 'next-intl/server';
import type { ReportSummaryRow } from '@/db/queries/reports';
import { formatNumber } from '@/app/lib/format';
import styles from './report.module.css';

const COUNTS = ['tasks', 'completedOnTime', 'completedLate', 'onSchedule', 'atRisk', 'overdue', 'notStarted'] as const;

/** One summary of the report (by priority or by unit), with a total row of the counts. */
export async function SummaryTable({ rows, caption, testId }: { rows: ReportSummaryRow[]; caption: string; testId: string }) {
  const t = await getTranslations('reports');
  const total = Object.fromEntries(COUNTS.map((k) => [k, rows.reduce((sum, r) => sum + r[k], 0)])) as Record<(typeof COUNTS)[number], number>;
  return (
    <table className={styles.table} data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.labelColumn}>
            {t('summaryColumns.label')}
          </th>
          {COUNTS.map((k) => (
            <th key={k} scope="col" className="num">
              {t(`summaryColumns.${k}`)}
            </th>
          ))}
          <th scope="col" className="num">
            {t('summaryColumns.weightedProgress')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className={styles.rowHeader}>
              {r.label}
            </th>
            {COUNTS.map((k) => (
              <td key={k} className="num">
                {formatNumber(r[k])}
              </td>
            ))}
            <td className="num">{formatNumber(r.weightedProgress)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className={styles.rowHeader}>
            {t('total')}
          </th>
          {COUNTS.map((k) => (
            <td key={k} className="num">
              {formatNumber(total[k])}
            </td>
          ))}
          <td className="num" />
        </tr>
      </tfoot>
    </table>
  );
}
