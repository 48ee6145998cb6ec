'use client';

import { useTranslations } from 'next-intl';
import { FormField } from '@/components/admin/form-field';
import { fieldErrors, useFormAction, type FormAction } from '@/components/admin/form-state';
import { FormStatus } from '@/components/admin/form-status';

/** Current password, then the new one twice; on success the server signs the user out. */
export function ChangePasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations('account.password');
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps}>
      <FormStatus state={state} />
      <FormField id="current-password" name="currentPassword" label={t('current')} errors={fieldErrors(state, 'currentPassword')}>
        {(a11y) => <input {...a11y} type="password" autoComplete="current-password" required maxLength={128} />}
      </FormField>
      <FormField id="new-password" name="newPassword" label={t('new')} hint={t('newHint')} errors={fieldErrors(state, 'newPassword')}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" required minLength={12} maxLength={128} />}
      </FormField>
      <FormField id="confirm-password" name="confirmPassword" label={t('confirm')} errors={fieldErrors(state, 'confirmPassword')}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" required minLength={12} maxLength={128} />}
      </FormField>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
