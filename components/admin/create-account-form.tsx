'use client';

import { useTranslations } from 'next-intl';
import { FormField } from './form-field';
import { fieldErrors, useFormAction, type FormAction } from './form-state';
import { FormStatus } from './form-status';
import { UnitSelect, type UnitOption } from './unit-select';
import styles from './admin.module.css';

export const ROLES = ['admin', 'leader', 'officer', 'viewer'] as const;

type Props = { action: FormAction; units: UnitOption[] };

/** A new account gets a temporary password that must be changed at the first sign-in. */
export function CreateAccountForm({ action, units }: Props) {
  const t = useTranslations('admin.accounts.form');
  const roles = useTranslations('roles');
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps} aria-labelledby="create-account-title">
      <FormStatus state={state} />
      <div className={styles.grid}>
        <FormField id="new-email" name="email" label={t('email')} errors={fieldErrors(state, 'email')}>
          {(a11y) => <input {...a11y} type="email" autoComplete="off" inputMode="email" required maxLength={254} />}
        </FormField>
        <FormField id="new-name" name="name" label={t('name')} errors={fieldErrors(state, 'name')}>
          {(a11y) => <input {...a11y} type="text" autoComplete="off" required maxLength={120} />}
        </FormField>
        <FormField id="new-role" name="role" label={t('role')} errors={fieldErrors(state, 'role')}>
          {(a11y) => (
            <select {...a11y} defaultValue="officer">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roles(r)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="new-unit" name="unitId" label={t('unit')} errors={fieldErrors(state, 'unitId')}>
          {(a11y) => <UnitSelect a11y={a11y} units={units.filter((u) => u.active)} layout="grouped" placeholder={t('chooseUnit')} />}
        </FormField>
        <FormField id="new-password" name="password" label={t('temporaryPassword')} hint={t('temporaryPasswordHint')} errors={fieldErrors(state, 'password')}>
          {(a11y) => <input {...a11y} type="text" autoComplete="off" spellCheck={false} required minLength={12} maxLength={128} />}
        </FormField>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('saving') : t('create')}
      </button>
    </form>
  );
}
