'use client';

import { useTranslations } from 'next-intl';
import { FormField } from './form-field';
import { fieldErrors, useFormAction, type FormAction } from './form-state';
import { FormStatus } from './form-status';
import { UNIT_KINDS, UnitSelect, type UnitOption } from './unit-select';
import styles from './admin.module.css';

type Props = { action: FormAction; units: UnitOption[]; today: string };

export function CreateUnitForm({ action, units, today }: Props) {
  const t = useTranslations('admin.units');
  const { state, pending, formProps } = useFormAction(action, { resetOnSuccess: true });
  return (
    <form {...formProps}>
      <FormStatus state={state} />
      <div className={styles.grid}>
        <FormField id="unit-code" name="code" label={t('form.code')} hint={t('form.codeHint')} errors={fieldErrors(state, 'code')}>
          {(a11y) => <input {...a11y} type="text" autoComplete="off" spellCheck={false} required maxLength={20} />}
        </FormField>
        <FormField id="unit-name" name="name" label={t('form.name')} errors={fieldErrors(state, 'name')}>
          {(a11y) => <input {...a11y} type="text" autoComplete="off" required maxLength={200} />}
        </FormField>
        <FormField id="unit-kind" name="kind" label={t('form.kind')} errors={fieldErrors(state, 'kind')}>
          {(a11y) => (
            <select {...a11y} defaultValue="commune">
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="unit-parent" name="parentId" label={t('form.parent')} errors={fieldErrors(state, 'parentId')}>
          {(a11y) => <UnitSelect a11y={a11y} units={units} layout="tree" placeholder={t('form.noParent')} placeholderSelectable />}
        </FormField>
        <FormField id="unit-valid-from" name="validFrom" label={t('form.validFrom')} errors={fieldErrors(state, 'validFrom')}>
          {(a11y) => <input {...a11y} type="date" required defaultValue={today} />}
        </FormField>
        <FormField id="unit-valid-to" name="validTo" label={t('form.validTo')} hint={t('form.validToHint')} errors={fieldErrors(state, 'validTo')}>
          {(a11y) => <input {...a11y} type="date" />}
        </FormField>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('form.saving') : t('form.create')}
      </button>
    </form>
  );
}
