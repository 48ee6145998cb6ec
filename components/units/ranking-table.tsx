import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { RANKING_SORTS, Scorecard } from '@/db/queries/scorecards';
import { formatNumber } from '@/app/lib/format';
import styles from './units.module.css';

export type RankingSort = (typeof RANKING_SORTS)[number];

type Column = 'unit' | 'led' | 'supported' | 'tasks' | 'due' | 'completedOnTime' | 'overdue' | 'atRisk' | 'onTimeRate';

/** Column → the sorts it toggles between (the first is what a click on an unsorted column picks). */
const SORTABLE: Partial<Record<Column, [RankingSort, RankingSort?]>> = {
  unit: ['name'],
  tasks: ['tasks'],
  overdue: ['overdue'],
  onTimeRate: ['-onTimeRate', 'onTimeRate'],
};

const NUMERIC: Column[] = ['led', 'supported', 'tasks', 'due', 'completedOnTime', 'overdue', 'atRisk', 'onTimeRate'];

export function rateText(rate: number | null, none: string): string {
  return rate === null ? none : `${formatNumber(Math.round(rate * 1000) / 10)}%`;
}

/** The district-level units as a table whose headers sort it (the sort lives in the URL). */
export async function RankingTable({ rows, sort, planId }: { rows: Scorecard[]; sort: RankingSort; planId: number }) {
  const t = await getTranslations('units');
  const href = (next: RankingSort) => `/units?plan=${planId}${next === 'name' ? '' : `&sort=${encodeURIComponent(next)}`}`;

  function header(column: Column) {
    const label = t(`columns.${column}`);
    const className = NUMERIC.includes(column) ? 'num' : undefined;
    const sorts = SORTABLE[column];
    if (!sorts) {
      return (
        <th key={column} scope="col" className={className}>
          {label}
        </th>
      );
    }
    const active = sorts.includes(sort);
    const direction = sort === 'name' || sort === 'onTimeRate' ? 'ascending' : 'descending';
    const next = active && sorts[1] ? (sort === sorts[0] ? sorts[1] : sorts[0]) : sorts[0];
    return (
      <th key={column} scope="col" className={className} aria-sort={active ? direction : undefined}>
        <Link className={styles.sortLink} href={href(next)} title={t('sortBy', { column: label })} scroll={false}>
          {label}
          <span aria-hidden="true" className={active ? styles.sortActive : styles.sortIdle}>
            {active ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </Link>
      </th>
    );
  }

  const none = t('rateNone');
  return (
    <>
      <div className="table-wrap">
        <table className={styles.ranking} data-testid="unit-ranking">
          <caption className="visually-hidden">{t('caption', { sort: t(`sorts.${sort}`) })}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('columns.rank')}
              </th>
              {(['unit', 'led', 'supported', 'tasks', 'due', 'completedOnTime', 'overdue', 'atRisk', 'onTimeRate'] as const).map(header)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.unitId}>
                <td className="num">{i + 1}</td>
                <th scope="row" className={styles.rowHeader}>
                  <Link className={styles.unitLink} href={`/units/${row.unitId}?plan=${planId}`}>
                    {row.unitName}
                  </Link>
                </th>
                <td className="num">{row.led}</td>
                <td className="num">{row.supported}</td>
                <td className="num">{row.led + row.supported}</td>
                <td className="num">{row.due}</td>
                <td className="num">{row.completedOnTime}</td>
                <td className="num">{row.overdue}</td>
                <td className="num">{row.atRisk}</td>
                <td className="num" data-testid="on-time-rate">
                  {rateText(row.onTimeRate, none)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={`muted ${styles.note}`}>{t('rateNoneHint')}</p>
    </>
  );
}
