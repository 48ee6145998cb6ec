'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

export type SignInFormError = 'invalid' | 'locked' | 'throttled' | 'disabled' | 'missing' | 'unknown';

/** The form's texts, translated on the server: the page needs none of next-intl's client runtime. */
export type SignInFormTexts = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  errors: Record<SignInFormError, string>;
};

// next-auth/react (~8 KB gzipped) is needed only to send the form, so it is not part of the first
// load (issue 6's budget): it is fetched when the user first focuses a field, well before sending.
const loadNextAuth = () => import('next-auth/react');

/** Signs in through next-auth's credentials endpoint; errors come back as codes, shown in the user's language. */
export function SignInForm({ initialError, texts }: { initialError: SignInFormError | null; texts: SignInFormTexts }) {
  const [error, setError] = useState<SignInFormError | null>(initialError);
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
    const code = await loadNextAuth()
      .then(({ signIn }) => signIn('credentials', { email, password, redirect: false }))
      .then((result) => (result?.ok && !result.error ? null : (result?.error ?? 'unknown')), () => 'unknown');
    if (code === null) {
      router.replace('/');
      router.refresh();
      return;
    }
    setPending(false);
    setError(Object.hasOwn(texts.errors, code) ? (code as SignInFormError) : 'unknown');
  }

  return (
    <form onSubmit={onSubmit} onFocus={() => void loadNextAuth()} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
      {error && (
        <div id="sign-in-error" className="alert error" role="alert">
          {texts.errors[error]}
        </div>
      )}
      <div className="field">
        <label htmlFor="email">{texts.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" inputMode="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">{texts.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
