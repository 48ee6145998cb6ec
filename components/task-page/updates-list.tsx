import { getTranslations } from 'next-intl/server';
import type { UpdateDto } from '@/db/queries/progress';
import { Badge } from '@/components/ui/badge';
import { formatBytes, formatDateTime, formatDay, dayOf } from './format';
import styles from './task-page.module.css';

/** The progress reports, newest first, each with its evidence files and, for a request, its review. */
export async function UpdatesList({ updates }: { updates: UpdateDto[] }) {
  const t = await getTranslations('taskPage.updates');
  return (
    <section className="card" aria-labelledby="task-updates">
      <h2 id="task-updates">{t('title')}</h2>
      {updates.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ol className={styles.updates} data-testid="updates">
          {updates.map((u) => (
            <li key={u.id} className={styles.update}>
              <div className={styles.updateHead}>
                <strong>{u.authorName}</strong>
                <time dateTime={new Date(u.createdAt).toISOString()} className="muted">
                  {formatDateTime(u.createdAt)}
                </time>
                <span>{t('progressChange', { before: u.progressBefore, after: u.progressAfter })}</span>
                {u.requestsCompletion && <Badge tone="warn">{t('requestedCompletion')}</Badge>}
              </div>
              {u.note && <p className={styles.note}>{u.note}</p>}
              {u.attachments.length > 0 && (
                <ul className={styles.files} aria-label={t('evidence')}>
                    {u.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={`/api/v1/attachments/${a.id}`} download={a.fileName}>
                          {t('fileLink', { name: a.fileName, size: formatBytes(a.sizeBytes) })}
                        </a>
                      </li>
                    ))}
                </ul>
              )}
              {u.review && (
                <p className={styles.review}>
                  {u.review.decision === 'confirm'
                    ? t('confirmed', { name: u.review.reviewerName, date: formatDay(dayOf(u.review.createdAt)) })
                    : t('returned', { name: u.review.reviewerName, date: formatDay(dayOf(u.review.createdAt)), reason: u.review.reason ?? '' })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
