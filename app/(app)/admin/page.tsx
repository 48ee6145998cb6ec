import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listAccounts } from '@/db/queries/accounts';
import { listApiTokens } from '@/db/queries/api-tokens';
import { listUnitsForAdmin } from '@/db/queries/units';
import { AdminRefusal } from '@/components/admin/forbidden-notice';
import styles from '@/components/admin/admin.module.css';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadOrRefuse } from '@/app/lib/refusal';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.index');
  return { title: t('title') };
}

export default async function AdminIndexPage() {
  const viewer = await requireViewer();
  const db = await getDb();
  const t = await getTranslations();
  // The figures come from the admin-only queries, so a non-admin is refused by them, not by this page.
  const loaded = await loadOrRefuse(async () => {
    const [accounts, units, tokens] = await Promise.all([listAccounts(db, viewer), listUnitsForAdmin(db, viewer), listApiTokens(db, viewer)]);
    return {
      accounts: accounts.length,
      disabled: accounts.filter((a) => a.disabled).length,
      units: units.length,
      inactiveUnits: units.filter((u) => !u.active).length,
      liveTokens: tokens.filter((k) => k.live).length,
    };
  });
  if (!loaded.ok) return <AdminRefusal messageKey={loaded.messageKey} />;
  const figures = loaded.data;

  const cards = [
    { href: '/admin/accounts', title: t('admin.accounts.title'), text: t('admin.index.accounts'), figure: t('admin.index.accountsFigure', { count: figures.accounts, disabled: figures.disabled }) },
    { href: '/admin/units', title: t('admin.units.title'), text: t('admin.index.units'), figure: t('admin.index.unitsFigure', { count: figures.units, inactive: figures.inactiveUnits }) },
    { href: '/admin/tokens', title: t('admin.tokens.title'), text: t('admin.index.tokens'), figure: t('admin.index.tokensFigure', { count: figures.liveTokens }) },
  ];

  return (
    <>
      <div className={styles.pageHead}>
        <h1>{t('admin.index.title')}</h1>
      </div>
      <p className="muted">{t('admin.index.intro')}</p>
      <ul className={styles.cards} role="list">
        {cards.map((card) => (
          <li key={card.href} className="card">
            <Link href={card.href} className={styles.cardLink}>
              <h2>{card.title}</h2>
              <p className="muted">{card.text}</p>
              <p className={styles.figure}>{card.figure}</p>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/audit">{t('admin.index.auditLink')}</Link>
      </p>
    </>
  );
}
