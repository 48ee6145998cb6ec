'use client';

import styles from './task-form.module.css';

type Props = {
  legend: string;
  hint: string;
  options: { id: number; label: string }[];
  selected: string[];
  excluded: string;
  errors: string[];
  onChange: (ids: string[]) => void;
};

/** Supporting units as checkboxes: easier than a multiple select with a finger or a keyboard. */
export function UnitCheckboxes({ legend, hint, options, selected, excluded, errors, onChange }: Props) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id].sort() : selected.filter((x) => x !== id));
  return (
    <fieldset className={styles.fieldset} aria-describedby={`supporting-hint${errors.length ? ' supporting-error' : ''}`} aria-invalid={errors.length > 0}>
      <legend>{legend}</legend>
      <p id="supporting-hint" className={styles.hint}>
        {hint}
      </p>
      <div className={styles.checks}>
        {options.map((unit) => {
          const id = String(unit.id);
          const disabled = id === excluded;
          return (
            <label key={unit.id} className={`${styles.check} ${disabled ? styles.disabled : ''}`}>
              <input type="checkbox" name="supportingUnitIds" value={id} checked={selected.includes(id) && !disabled} disabled={disabled} onChange={(e) => toggle(id, e.target.checked)} />
              {unit.label}
            </label>
          );
        })}
      </div>
      {errors.length > 0 && (
        <span id="supporting-error" className="error">
          {errors.join(' ')}
        </span>
      )}
    </fieldset>
  );
}
