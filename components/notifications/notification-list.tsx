import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { formatInstant } from '@/app/lib/format-time';
import type { NotificationDto } from '@/db/queries/notifications';
import { Badge } from '@/components/ui/badge';
import styles from './notification-list.module.css';


/** The viewer's notifications, newest first; the wording comes from the kind, the stored text is only detail. */
export function NotificationList({ items }: { items: NotificationDto[] }) {
  const t = useTranslations('notifications');
  if (items.length === 0) return <p className="muted">{t('empty')}</p>;
  return (
    <ul className={styles.list} aria-label={t('listLabel')}>
      {items.map((n) => {
        const code = n.taskCode ?? '';
        return (
          <li key={n.id} className={n.readAt ? styles.item : `${styles.item} ${styles.unread}`}>
            <p className={styles.head}>
              {!n.readAt && <Badge tone="info">{t('unread')}</Badge>}
              <span className={styles.text}>{t(`kinds.${n.kind}`, { code })}</span>
            </p>
            {n.taskTitle && <p className={styles.detail}>{n.taskTitle}</p>}
            {n.kind === 'completion_returned' && <p className={styles.detail}>{t('reason', { reason: n.message })}</p>}
            <p className={`muted ${styles.meta}`}>
              <time dateTime={n.createdAt.toISOString()}>{t('receivedAt', { time: formatInstant(n.createdAt) })}</time>
              {n.taskId !== null && (
                <Link href={`/tasks/${n.taskId}`} className={styles.link}>
                  {t('openTask', { code })}
                </Link>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
