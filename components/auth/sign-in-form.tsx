'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

/** Signs in through next-auth's credentials endpoint; errors come back as codes, shown in the user's language. */
export function SignInForm({ initialError }: { initialError: string | null }) {
  const t = useTranslations('signIn');
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) {
      setError('missing');
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace('/');
      router.refresh();
      return;
    }
    setPending(false);
    setError(result?.error ?? 'unknown');
  }

  const known = ['invalid', 'locked', 'throttled', 'disabled', 'missing'];
  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
      {error && (
        <div id="sign-in-error" className="alert error" role="alert">
          {t(`errors.${known.includes(error) ? error : 'unknown'}`)}
        </div>
      )}
      <div className="field">
        <label htmlFor="email">{t('email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" inputMode="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
