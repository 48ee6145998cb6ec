'use client';

import { useTranslations } from 'next-intl';
import { FormField } from './form-field';
import { fieldErrors, useFormAction, type FormAction } from './form-state';
import { FormStatus } from './form-status';
import { UnitSelect, type UnitOption } from './unit-select';

type Props = {
  action: FormAction;
  unit: { id: number; name: string; parentId: number | null; validTo: string | null; version: number };
  units: UnitOption[];
  /** The unit and everything below it: none of them can become its parent. */
  descendants: ReadonlySet<number>;
};

/** Rename, move to another parent (or to the top level) and set the last day the unit existed. */
export function UnitEditForm({ action, unit, units, descendants }: Props) {
  const t = useTranslations('admin.units');
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form {...formProps}>
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <FormStatus state={state} />
      <FormField id={`unit-name-${unit.id}`} name="name" label={t('form.name')} errors={fieldErrors(state, 'name')}>
        {(a11y) => <input {...a11y} type="text" defaultValue={unit.name} required maxLength={200} />}
      </FormField>
      <FormField id={`unit-parent-${unit.id}`} name="parentId" label={t('form.parent')} hint={t('form.parentHint')} errors={fieldErrors(state, 'parentId')}>
        {(a11y) => (
          <UnitSelect
            a11y={a11y}
            units={units}
            layout="tree"
            defaultValue={unit.parentId}
            placeholder={t('form.noParent')}
            placeholderSelectable
            exclude={descendants}
          />
        )}
      </FormField>
      <FormField id={`unit-valid-to-${unit.id}`} name="validTo" label={t('form.validTo')} hint={t('form.validToHint')} errors={fieldErrors(state, 'validTo')}>
        {(a11y) => <input {...a11y} type="date" defaultValue={unit.validTo ?? ''} />}
      </FormField>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('form.saving') : t('form.save')}
      </button>
    </form>
  );
}
