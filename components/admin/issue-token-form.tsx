'use client';

import { useTranslations } from 'next-intl';
import { FormField } from './form-field';
import { fieldErrors, useFormAction, type FormAction } from './form-state';
import { FormStatus } from './form-status';
import { TokenReveal } from './token-reveal';
import styles from './admin.module.css';

type Props = {
  action: FormAction;
  users: { id: number; name: string; email: string }[];
  /** Today (yyyy-MM-dd): the earliest expiry the date picker offers. */
  today: string;
};

/** Issues a personal API token; the answer carries the token once, and only this form shows it. */
export function IssueTokenForm({ action, users, today }: Props) {
  const t = useTranslations('admin.tokens');
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  const issued = state.ok ? (state.result as { token: string; prefix: string } | undefined) : undefined;
  return (
    <>
      {issued && <TokenReveal token={issued.token} />}
      <form {...formProps}>
        {!issued && <FormStatus state={state} />}
        <div className={styles.grid}>
          <FormField id="token-user" name="userId" label={t('form.user')} errors={fieldErrors(state, 'userId')}>
            {(a11y) => (
              <select {...a11y} defaultValue="">
                <option value="" disabled>
                  {t('form.chooseUser')}
                </option>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} — {u.email}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="token-name" name="name" label={t('form.name')} hint={t('form.nameHint')} errors={fieldErrors(state, 'name')}>
            {(a11y) => <input {...a11y} type="text" autoComplete="off" required maxLength={100} />}
          </FormField>
          <FormField id="token-expires" name="expiresAt" label={t('form.expiresAt')} hint={t('form.expiresAtHint')} errors={fieldErrors(state, 'expiresAt')}>
            {(a11y) => <input {...a11y} type="date" min={today} />}
          </FormField>
        </div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t('form.issuing') : t('form.issue')}
        </button>
      </form>
    </>
  );
}
