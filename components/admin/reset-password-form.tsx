'use client';

import { useTranslations } from 'next-intl';
import { FormField } from './form-field';
import { fieldErrors, useFormAction, type FormAction } from './form-state';
import { FormStatus } from './form-status';

type Props = { action: FormAction; account: { id: number; version: number } };

/** Sets a temporary password; the user must choose a new one at the next sign-in. */
export function ResetPasswordForm({ action, account }: Props) {
  const t = useTranslations('admin.accounts.form');
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps}>
      <input type="hidden" name="id" value={account.id} />
      <input type="hidden" name="version" value={account.version} />
      <FormStatus state={state} />
      <FormField
        id={`reset-${account.id}`}
        name="password"
        label={t('temporaryPassword')}
        hint={t('temporaryPasswordHint')}
        errors={fieldErrors(state, 'password')}
      >
        {(a11y) => <input {...a11y} type="text" autoComplete="off" spellCheck={false} required minLength={12} maxLength={128} />}
      </FormField>
      <button className="button secondary" type="submit" disabled={pending}>
        {pending ? t('saving') : t('resetPassword')}
      </button>
    </form>
  );
}
