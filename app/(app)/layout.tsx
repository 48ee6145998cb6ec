import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotificationBell } from '@/components/notifications/bell';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { SessionKeepalive } from '@/components/shell/session-keepalive';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { ClientMessages } from '@/app/lib/i18n/client-messages';
import { setLocale } from '@/app/lib/locale-action';
import { pageViewer } from '@/app/lib/page-viewer';
import { can } from '@/db/policy';
import { unreadCount } from '@/db/queries/notifications';
import { getDb } from '@/db/client';

// Redirecting here is for convenience only; every query checks the viewer itself.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await pageViewer();
  if (!viewer) redirect('/sign-in');
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="inner">
          <Link href="/" className="shell-brand">
            {t('app.name')}
            <small>{t('app.department')}</small>
          </Link>
          <nav className="shell-nav" aria-label={t('shell.nav.label')}>
            <Link href="/">{t('shell.nav.home')}</Link>
            <Link href="/tasks">{t('shell.nav.tasks')}</Link>
            <Link href="/units">{t('shell.nav.units')}</Link>
            {can(viewer, 'export') && <Link href="/reports">{t('shell.nav.reports')}</Link>}
            {can(viewer, 'task.create') && <Link href="/plans">{t('shell.nav.plans')}</Link>}
            {can(viewer, 'audit.read') && <Link href="/audit">{t('shell.nav.audit')}</Link>}
            {can(viewer, 'accounts.manage') && <Link href="/admin">{t('shell.nav.admin')}</Link>}
            <NotificationBell unread={await unreadCount(await getDb(), viewer)} />
            <span className="shell-user">
              {t('shell.signedInAs', { name: viewer.name })} · {t(`roles.${viewer.role}`)}
            </span>
            <Link href="/account/password">{t('account.password.link')}</Link>
            <LanguageSwitch
              label={t('shell.language')}
              ariaLabel={t('shell.languageLabel')}
              target={locale === 'vi' ? 'en' : 'vi'}
              action={setLocale}
            />
            <SignOutButton label={t('shell.signOut')} />
          </nav>
        </div>
      </header>
      {/* Each section's layout adds the texts its client components need; sign-in gets its texts as props. */}
      <main id="main">
        <ClientMessages namespaces={[]}>{children}</ClientMessages>
      </main>
      <SessionKeepalive />
    </>
  );
}
