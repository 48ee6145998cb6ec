import { getTranslations } from 'next-intl/server';
import { dayOf, formatDay } from './format';
import styles from './task-page.module.css';

export type ReturnedReview = { reviewerName: string; createdAt: Date; reason: string | null };

/** Tells the officer why his completion request came back (the last review was a return). */
export async function ReturnedNotice({ review }: { review: ReturnedReview }) {
  const t = await getTranslations('taskPage.returnedNotice');
  return (
    <section className={`${styles.notice} ${styles.noticeWarn}`} aria-labelledby="returned-notice" data-testid="returned-notice">
      <h2 id="returned-notice">{t('title')}</h2>
      <p>{t('body', { reviewer: review.reviewerName, date: formatDay(dayOf(review.createdAt)) })}</p>
      <p>
        <strong>{t('reason', { reason: review.reason ?? '' })}</strong>
      </p>
      <p>{t('hint')}</p>
    </section>
  );
}
