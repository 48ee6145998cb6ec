import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { DeadlineRow } from '@/db/queries/dashboard';
import { formatDay, formatNumber } from '@/app/lib/format';
import { ProgressBar } from '@/components/ui/progress-bar';
import styles from './dashboard.module.css';

type Props = { id: string; title: string; rows: DeadlineRow[]; kind: 'overdue' | 'upcoming'; empty: string; more?: { href: string; label: string } };

/** A short list of tasks by deadline: how late (or how close) each one is, and how far along. */
export async function DeadlineTable({ id, title, rows, kind, empty, more }: Props) {
  const t = await getTranslations('dashboard.lists');
  const days = (r: DeadlineRow) => {
    if (kind === 'overdue') return t('daysLate', { days: formatNumber(r.daysLate) });
    return r.daysLate === 0 ? t('dueToday') : t('daysLeft', { days: formatNumber(-r.daysLate) });
  };
  return (
    <section className={`card ${styles.block} ${styles.wide}`} aria-labelledby={id}>
      <div className={styles.listHead}>
        <h2 id={id}>{title}</h2>
        {more && rows.length > 0 && (
          <Link href={more.href} className={styles.more}>
            {more.label}
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className={styles.deadlines}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="hide-sm">{t('columns.code')}</th>
                <th scope="col">{t('columns.title')}</th>
                <th scope="col" className="hide-sm">{t('columns.leadUnit')}</th>
                <th scope="col" className="hide-sm">{t('columns.dueDate')}</th>
                <th scope="col" className="num">{kind === 'overdue' ? t('columns.daysLate') : t('columns.daysLeft')}</th>
                <th scope="col" className="hide-sm">{t('columns.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={`hide-sm ${styles.code}`}>{r.code}</td>
                  <td>
                    <Link href={`/tasks/${r.id}`}>{r.title}</Link>
                    {/* On a phone the other columns fold into this line. */}
                    <div className={styles.inlineMeta}>
                      {r.code} · {t('columns.dueDate')} {formatDay(r.dueDate)} · {r.leadUnitName} · {t('columns.progress')} {formatNumber(r.progress)}%
                    </div>
                  </td>
                  <td className="hide-sm">{r.leadUnitName}</td>
                  <td className={`hide-sm ${styles.nowrap}`}>{formatDay(r.dueDate)}</td>
                  <td className={`num ${styles.nowrap} ${kind === 'overdue' ? styles.late : ''}`}>{days(r)}</td>
                  <td className="hide-sm">
                    <ProgressBar value={r.progress} label={`${r.code} ${t('columns.progress')}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
