import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatNumber } from '@/app/lib/format';
import { taskHref, type TaskQuery } from './task-query';
import styles from './tasks.module.css';

type Props = { path: string; query: TaskQuery; page: number; pageSize: number; total: number };

/** Previous / next and "x–y of N"; the links keep every filter. */
export async function Pagination({ path, query, page, pageSize, total }: Props) {
  const t = await getTranslations('tasks.pagination');
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const previous = page > 1 ? taskHref(path, query, { page: Math.min(page - 1, lastPage) }) : null;
  const next = page < lastPage ? taskHref(path, query, { page: page + 1 }) : null;
  const range =
    from <= to ? t('range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) }) : t('none', { total: formatNumber(total) });
  if (lastPage === 1 && page === 1) return <p className={`${styles.pagination} ${styles.range}`}>{range}</p>;
  return (
    <nav className={`no-print ${styles.pagination}`} aria-label={t('label')}>
      {previous ? (
        <Link className="button secondary" href={previous} rel="prev">
          {t('previous')}
        </Link>
      ) : (
        <span className={`button secondary ${styles.disabled}`} aria-disabled="true">
          {t('previous')}
        </span>
      )}
      <span className={styles.range}>{range}</span>
      {next ? (
        <Link className="button secondary" href={next} rel="next">
          {t('next')}
        </Link>
      ) : (
        <span className={`button secondary ${styles.disabled}`} aria-disabled="true">
          {t('next')}
        </span>
      )}
    </nav>
  );
}
