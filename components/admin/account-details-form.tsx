'use client';

import { useTranslations } from 'next-intl';
import { FormField } from './form-field';
import { fieldErrors, useFormAction, type FormAction } from './form-state';
import { FormStatus } from './form-status';
import { ROLES } from './create-account-form';
import { UnitSelect, type UnitOption } from './unit-select';

type Props = {
  action: FormAction;
  account: { id: number; name: string; role: (typeof ROLES)[number]; unitId: number; version: number };
  units: UnitOption[];
};

/** Name, role and unit. A role or unit change signs the user out everywhere (db/queries/accounts.ts). */
export function AccountDetailsForm({ action, account, units }: Props) {
  const t = useTranslations('admin.accounts.form');
  const roles = useTranslations('roles');
  const { state, pending, formProps } = useFormAction(action);
  // The account's own unit stays choosable even if it has since been deactivated.
  const choosable = units.filter((u) => u.active || u.id === account.unitId);
  return (
    <form {...formProps}>
      <input type="hidden" name="id" value={account.id} />
      <input type="hidden" name="version" value={account.version} />
      <FormStatus state={state} />
      <FormField id={`name-${account.id}`} name="name" label={t('name')} errors={fieldErrors(state, 'name')}>
        {(a11y) => <input {...a11y} type="text" defaultValue={account.name} required maxLength={120} />}
      </FormField>
      <FormField id={`role-${account.id}`} name="role" label={t('role')} errors={fieldErrors(state, 'role')}>
        {(a11y) => (
          <select {...a11y} defaultValue={account.role}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roles(r)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`unit-${account.id}`} name="unitId" label={t('unit')} errors={fieldErrors(state, 'unitId')}>
        {(a11y) => <UnitSelect a11y={a11y} units={choosable} layout="grouped" defaultValue={account.unitId} placeholder={t('chooseUnit')} />}
      </FormField>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
