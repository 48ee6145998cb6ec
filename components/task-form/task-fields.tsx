'use client';

import { useTranslations } from 'next-intl';
import type { FormOptions } from './conflict-lines';
import { UnitCheckboxes } from './unit-checkboxes';
import type { TaskFormValues } from './values';
import styles from './task-form.module.css';

type Props = {
  values: TaskFormValues;
  onChange: (patch: Partial<TaskFormValues>) => void;
  errorsAt: (field: string) => string[];
  options: FormOptions;
};

type Control = 'input' | 'select' | 'textarea';

// A text field typed as dd/MM/yyyy: a native date picker shows the browser's format (often MM/dd/yyyy).
const dateProps = { maxLength: 10, autoComplete: 'off' };

/** The task's own fields; the parent task list follows the plan of the chosen priority. */
export function TaskFields({ values, onChange, errorsAt, options }: Props) {
  const t = useTranslations('taskPage');
  const planId = options.priorities.find((p) => String(p.id) === values.priorityId)?.planId;
  const parents = options.parents.filter((p) => planId === undefined || p.planId === planId);

  function field(name: keyof TaskFormValues, control: Control, extra: { required?: boolean; hint?: string; wide?: boolean; props?: Record<string, unknown>; children?: React.ReactNode } = {}) {
    const id = `task-${name}`;
    const errors = errorsAt(name);
    const describedBy = [extra.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      name,
      value: String(values[name]),
      required: extra.required,
      'aria-invalid': errors.length > 0,
      'aria-describedby': describedBy,
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => onChange({ [name]: e.target.value }),
      ...extra.props,
    };
    return (
      <div className={`field ${extra.wide ? styles.wide : ''}`}>
        <label htmlFor={id}>
          {t(`fields.${name}`)}
          {extra.required && <span aria-hidden="true"> {t('form.required')}</span>}
        </label>
        {control === 'select' ? <select {...common}>{extra.children}</select> : control === 'textarea' ? <textarea rows={4} {...common} /> : <input {...common} />}
        {extra.hint && (
          <span id={`${id}-hint`} className={styles.hint}>
            {extra.hint}
          </span>
        )}
        {errors.length > 0 && (
          <span id={`${id}-error`} className="error">
            {errors.join(' ')}
          </span>
        )}
      </div>
    );
  }

  const choose = <option value="">{t('form.choose')}</option>;
  return (
    <div className={styles.grid}>
      {field('priorityId', 'select', {
        required: true,
        wide: true,
        children: (
          <>
            {choose}
            {options.priorities.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </>
        ),
      })}
      {field('code', 'input', { required: true, hint: t('form.codeHint'), props: { maxLength: 30, autoComplete: 'off' } })}
      {field('parentId', 'select', {
        children: (
          <>
            <option value="">{t('form.noParent')}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </>
        ),
      })}
      {field('title', 'input', { required: true, wide: true, props: { maxLength: 300 } })}
      {field('description', 'textarea', { wide: true, props: { maxLength: 5000 } })}
      {field('leadUnitId', 'select', {
        required: true,
        children: (
          <>
            {choose}
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </>
        ),
      })}
      {field('ownerId', 'select', {
        children: (
          <>
            <option value="">{t('form.noOwner')}</option>
            {options.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </>
        ),
      })}
      <div className={styles.wide}>
        <UnitCheckboxes
          legend={t('fields.supportingUnitIds')}
          hint={t('form.supportingHint')}
          options={options.units}
          selected={values.supportingUnitIds}
          excluded={values.leadUnitId}
          errors={errorsAt('supportingUnitIds')}
          onChange={(supportingUnitIds) => onChange({ supportingUnitIds })}
        />
      </div>
      {field('startDate', 'input', { required: true, hint: t('form.dateHint'), props: { ...dateProps, placeholder: t('form.datePlaceholder') } })}
      {field('dueDate', 'input', { required: true, hint: t('form.dateHint'), props: { ...dateProps, placeholder: t('form.datePlaceholder') } })}
      {field('weight', 'input', { hint: t('form.weightHint'), props: { type: 'number', min: 0.01, step: 'any', inputMode: 'decimal' } })}
    </div>
  );
}
