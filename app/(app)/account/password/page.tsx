import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { mustChangePassword } from '@/db/queries/accounts';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import styles from '@/components/account/account.module.css';
import { requireViewer } from '@/app/lib/page-viewer';
import { changePasswordAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.password');
  return { title: t('title') };
}

export default async function ChangePasswordPage() {
  const viewer = await requireViewer();
  const forced = await mustChangePassword(await getDb(), viewer);
  const t = await getTranslations('account.password');
  return (
    <section className={`card ${styles.narrow}`} aria-labelledby="password-title">
      <h1 id="password-title">{t('title')}</h1>
      {forced ? (
        <p className={styles.notice} role="status">
          {t('forced')}
        </p>
      ) : (
        <p className="muted">{t('intro')}</p>
      )}
      <p className="muted">{t('signOutNote')}</p>
      <ChangePasswordForm action={changePasswordAction} />
    </section>
  );
}
