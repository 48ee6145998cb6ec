import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import styles from './admin.module.css';

/** What a page shows when the data-access layer refused the viewer (a 403 in page form). */
export function ForbiddenNotice({ title, message, backLabel }: { title: string; message: string; backLabel: string }) {
  return (
    <section className={`card ${styles.refusal}`} aria-labelledby="refusal-title">
      <h1 id="refusal-title">{title}</h1>
      <p role="alert">{message}</p>
      <p>
        <Link href="/">{backLabel}</Link>
      </p>
    </section>
  );
}

/** The refusal of the administration and audit pages: the data-access layer's reason, in words. */
export async function AdminRefusal({ messageKey }: { messageKey: string }) {
  const t = await getTranslations();
  return <ForbiddenNotice title={t('admin.refusal.title')} message={t(messageKey)} backLabel={t('admin.refusal.back')} />;
}
