import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm, type SignInFormError, type SignInFormTexts } from '@/components/auth/sign-in-form';
import accountStyles from '@/components/account/account.module.css';
import { pageViewer } from '@/app/lib/page-viewer';
import { SIGN_IN_ERRORS } from '@/app/lib/auth';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signIn');
  return { title: t('title') };
}

function isSignInError(code: string): code is (typeof SIGN_IN_ERRORS)[number] {
  return (SIGN_IN_ERRORS as readonly string[]).includes(code);
}

type Props = { searchParams: Promise<{ error?: string; callbackUrl?: string; changed?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await pageViewer()) redirect('/');
  const { error, changed } = await searchParams;
  const t = await getTranslations();
  const initialError: SignInFormError | null = !error ? null : isSignInError(error) ? error : 'unknown';
  const texts: SignInFormTexts = {
    email: t('signIn.email'),
    password: t('signIn.password'),
    submit: t('signIn.submit'),
    submitting: t('signIn.submitting'),
    errors: {
      invalid: t('signIn.errors.invalid'),
      locked: t('signIn.errors.locked'),
      throttled: t('signIn.errors.throttled'),
      disabled: t('signIn.errors.disabled'),
      missing: t('signIn.errors.missing'),
      unknown: t('signIn.errors.unknown'),
    },
  };
  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby="sign-in-title">
        <header>
          <p className="muted">{t('app.department')}</p>
          <h1 id="sign-in-title">{t('app.name')}</h1>
          <p>{t('signIn.intro')}</p>
        </header>
        {changed === '1' && (
          <p role="status" className={accountStyles.notice}>
            {t('account.password.changedNotice')}
          </p>
        )}
        <SignInForm initialError={initialError} texts={texts} />
      </section>
    </main>
  );
}
