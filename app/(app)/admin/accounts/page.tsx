import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listAccounts } from '@/db/queries/accounts';
import { listUnits } from '@/db/queries/units';
import { AccountDetailsForm } from '@/components/admin/account-details-form';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { CreateAccountForm } from '@/components/admin/create-account-form';
import { AdminRefusal } from '@/components/admin/forbidden-notice';
import { ResetPasswordForm } from '@/components/admin/reset-password-form';
import { unitOptions } from '@/components/admin/unit-tree';
import { Badge } from '@/components/ui/badge';
import styles from '@/components/admin/admin.module.css';
import { formatInstant } from '@/app/lib/format-time';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadOrRefuse } from '@/app/lib/refusal';
import { createAccountAction, resetPasswordAction, setAccountDisabledAction, updateAccountAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.accounts');
  return { title: t('title') };
}

type Props = { searchParams: Promise<{ edit?: string }> };

export default async function AccountsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const db = await getDb();
  const t = await getTranslations();
  const loaded = await loadOrRefuse(async () => {
    const [accounts, units] = await Promise.all([listAccounts(db, viewer), listUnits(db, viewer)]);
    return { accounts, units };
  });
  if (!loaded.ok) return <AdminRefusal messageKey={loaded.messageKey} />;

  const { accounts, units } = loaded.data;
  const options = unitOptions(units);
  const { edit } = await searchParams;
  const editing = accounts.find((a) => String(a.id) === edit);

  return (
    <>
      <p className={styles.breadcrumb}>
        <Link href="/admin">{t('admin.index.title')}</Link>
      </p>
      <div className={styles.pageHead}>
        <h1>{t('admin.accounts.title')}</h1>
        <span className="muted">{t('admin.accounts.count', { count: accounts.length, disabled: accounts.filter((a) => a.disabled).length })}</span>
      </div>

      {editing && (
        <section key={editing.id} id="account-panel" className={`card ${styles.panel}`} aria-labelledby="account-panel-title">
          <div className={styles.panelHead}>
            <h2 id="account-panel-title">
              {editing.name} <span className={styles.email}>{editing.email}</span>
            </h2>
            <Link href="/admin/accounts" className={styles.rowLink}>
              {t('admin.accounts.close')}
            </Link>
          </div>
          <div className={styles.sections}>
            <div className={styles.section}>
              <h3>{t('admin.accounts.sections.details')}</h3>
              <p className="muted">{t('admin.accounts.sections.detailsHint')}</p>
              <AccountDetailsForm action={updateAccountAction} account={editing} units={options} />
            </div>
            <div className={styles.section}>
              <h3>{t('admin.accounts.sections.status')}</h3>
              <p className="muted">{editing.disabled ? t('admin.accounts.sections.enableHint') : t('admin.accounts.sections.disableHint')}</p>
              <ConfirmButtonForm
                action={setAccountDisabledAction}
                fields={{ id: editing.id, version: editing.version, disabled: String(!editing.disabled) }}
                label={editing.disabled ? t('admin.accounts.enable') : t('admin.accounts.disable')}
                pendingLabel={t('admin.accounts.form.saving')}
              />
            </div>
            <div className={styles.section}>
              <h3>{t('admin.accounts.sections.password')}</h3>
              <p className="muted">{t('admin.accounts.sections.passwordHint')}</p>
              <ResetPasswordForm action={resetPasswordAction} account={editing} />
            </div>
          </div>
        </section>
      )}

      <details className={`card ${styles.disclosure}`}>
        <summary id="create-account-title">{t('admin.accounts.create')}</summary>
        <CreateAccountForm action={createAccountAction} units={options} />
      </details>

      <section className="card" aria-labelledby="accounts-table-title">
        <h2 id="accounts-table-title" className="visually-hidden">
          {t('admin.accounts.listTitle')}
        </h2>
        <div className="table-wrap">
          <table className={styles.stack}>
            <thead>
              <tr>
                <th scope="col">{t('admin.accounts.columns.account')}</th>
                <th scope="col">{t('admin.accounts.columns.role')}</th>
                <th scope="col" className="hide-sm">
                  {t('admin.accounts.columns.unit')}
                </th>
                <th scope="col">{t('admin.accounts.columns.state')}</th>
                <th scope="col">{t('admin.accounts.columns.lastSignIn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.accounts.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} className={a.id === editing?.id ? styles.selected : undefined}>
                  <td>
                    <strong>{a.name}</strong>
                    <div className={styles.email}>{a.email}</div>
                    <div className={`muted ${styles.smallOnly}`}>{a.unitName}</div>
                  </td>
                  <td className={styles.nowrap} data-label={t('admin.accounts.columns.role')}>
                    {t(`roles.${a.role}`)}
                  </td>
                  <td className="hide-sm">{a.unitName}</td>
                  <td>
                    <div className={styles.badges}>
                      {a.disabled ? <Badge tone="bad">{t('admin.accounts.state.disabled')}</Badge> : <Badge tone="ok">{t('admin.accounts.state.active')}</Badge>}
                      {a.lockedOut && <Badge tone="warn">{t('admin.accounts.state.locked', { until: formatInstant(a.lockedUntil) })}</Badge>}
                      {a.mustChangePassword && <Badge tone="info">{t('admin.accounts.state.mustChangePassword')}</Badge>}
                    </div>
                  </td>
                  <td className={styles.nowrap} data-label={t('admin.accounts.columns.lastSignIn')}>
                    {a.lastSignInAt ? formatInstant(a.lastSignInAt) : <span className="muted">{t('admin.accounts.neverSignedIn')}</span>}
                  </td>
                  <td>
                    <Link href={`/admin/accounts?edit=${a.id}#account-panel`} className={styles.rowLink} aria-label={t('admin.accounts.manageNamed', { name: a.name })}>
                      {t('admin.accounts.manage')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
