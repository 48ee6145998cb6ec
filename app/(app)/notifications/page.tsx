import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listNotifications } from '@/db/queries/notifications';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { NotificationList } from '@/components/notifications/notification-list';
import { requireViewer } from '@/app/lib/page-viewer';
import { markAllReadAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const { items, unread } = await listNotifications(await getDb(), viewer, 50);
  const t = await getTranslations('notifications');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('unreadSummary', { count: unread })}</p>
      {/* Kept after everything is read, so the form's "done" status stays on screen and is announced. */}
      {items.length > 0 && (
        <div className="card">
          <ConfirmButtonForm action={markAllReadAction} fields={{}} label={t('markAllRead')} pendingLabel={t('markingAllRead')} />
        </div>
      )}
      <NotificationList items={items} />
    </>
  );
}
