import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listAccounts } from '@/db/queries/accounts';
import { listApiTokens, type ApiTokenDto } from '@/db/queries/api-tokens';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { AdminRefusal } from '@/components/admin/forbidden-notice';
import { IssueTokenForm } from '@/components/admin/issue-token-form';
import { Badge } from '@/components/ui/badge';
import styles from '@/components/admin/admin.module.css';
import { formatInstant } from '@/app/lib/format-time';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadOrRefuse } from '@/app/lib/refusal';
import { appToday } from '@/app/lib/today';
import { issueTokenAction, revokeTokenAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.tokens');
  return { title: t('title') };
}

export default async function TokensPage() {
  const viewer = await requireViewer();
  const db = await getDb();
  const t = await getTranslations();
  const loaded = await loadOrRefuse(async () => {
    const [tokens, accounts] = await Promise.all([listApiTokens(db, viewer), listAccounts(db, viewer)]);
    return { tokens, accounts };
  });
  if (!loaded.ok) return <AdminRefusal messageKey={loaded.messageKey} />;

  const { tokens, accounts } = loaded.data;
  const users = accounts.filter((a) => !a.disabled).map(({ id, name, email }) => ({ id, name, email }));
  const state = (token: ApiTokenDto) => {
    if (token.revokedAt) return <Badge tone="neutral">{t('admin.tokens.state.revoked', { date: formatInstant(token.revokedAt) })}</Badge>;
    if (!token.live) return <Badge tone="warn">{t('admin.tokens.state.expired')}</Badge>;
    return <Badge tone="ok">{t('admin.tokens.state.active')}</Badge>;
  };

  return (
    <>
      <p className={styles.breadcrumb}>
        <Link href="/admin">{t('admin.index.title')}</Link>
      </p>
      <div className={styles.pageHead}>
        <h1>{t('admin.tokens.title')}</h1>
        <span className="muted">{t('admin.tokens.count', { count: tokens.filter((k) => k.live).length })}</span>
      </div>
      <p className="muted">{t('admin.tokens.intro')}</p>

      <section className="card" aria-labelledby="issue-token-title">
        <h2 id="issue-token-title">{t('admin.tokens.issueTitle')}</h2>
        <IssueTokenForm action={issueTokenAction} users={users} today={appToday()} />
      </section>

      <section className="card" aria-labelledby="tokens-table-title">
        <h2 id="tokens-table-title">{t('admin.tokens.listTitle')}</h2>
        {tokens.length === 0 ? (
          <p className="muted">{t('admin.tokens.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className={styles.stack}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.tokens.columns.name')}</th>
                  <th scope="col">{t('admin.tokens.columns.prefix')}</th>
                  <th scope="col">{t('admin.tokens.columns.user')}</th>
                  <th scope="col">{t('admin.tokens.columns.created')}</th>
                  <th scope="col">{t('admin.tokens.columns.expires')}</th>
                  <th scope="col">{t('admin.tokens.columns.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.tokens.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td>{token.name}</td>
                    <td className={styles.code} data-label={t('admin.tokens.columns.prefix')}>
                      {token.prefix}…
                    </td>
                    <td data-label={t('admin.tokens.columns.user')}>
                      {token.userName}
                      <div className={styles.email}>{token.userEmail}</div>
                    </td>
                    <td className={styles.nowrap} data-label={t('admin.tokens.columns.created')}>
                      {formatInstant(token.createdAt)}
                    </td>
                    <td className={styles.nowrap} data-label={t('admin.tokens.columns.expires')}>
                      {token.expiresAt ? formatInstant(token.expiresAt) : <span className="muted">{t('admin.tokens.noExpiry')}</span>}
                    </td>
                    <td>{state(token)}</td>
                    <td>
                      {!token.revokedAt && (
                        <ConfirmButtonForm
                          action={revokeTokenAction}
                          fields={{ id: token.id }}
                          label={t('admin.tokens.revoke')}
                          pendingLabel={t('admin.tokens.revoking')}
                          ariaLabel={t('admin.tokens.revokeNamed', { name: token.name, prefix: token.prefix })}
                          showStatus={false}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
