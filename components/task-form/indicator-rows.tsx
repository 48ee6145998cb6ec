'use client';

import { useTranslations } from 'next-intl';
import type { IndicatorRow } from './values';
import styles from './task-form.module.css';

type Props = { rows: IndicatorRow[]; onChange: (rows: IndicatorRow[]) => void; errorsAt: (index: number, field: string) => string[] };

let nextKey = 0;

/** Indicators edited as rows: name, unit of measure, target; rows can be added and removed. */
export function IndicatorRows({ rows, onChange, errorsAt }: Props) {
  const t = useTranslations('taskPage.form');
  const update = (index: number, patch: Partial<IndicatorRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('indicatorsTitle')}</legend>
      {rows.length === 0 && <p className="muted">{t('indicatorsEmpty')}</p>}
      {rows.map((row, index) => {
        const n = index + 1;
        const field = (name: keyof IndicatorRow, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => {
          const errors = errorsAt(index, name);
          const id = `indicator-${row.key}-${name}`;
          return (
            <div className="field">
              <label htmlFor={id}>{label}</label>
              <input
                id={id}
                value={String(row[name] ?? '')}
                onChange={(e) => update(index, { [name]: e.target.value })}
                aria-invalid={errors.length > 0}
                aria-describedby={errors.length ? `${id}-error` : undefined}
                {...props}
              />
              {errors.length > 0 && (
                <span id={`${id}-error`} className="error">
                  {errors.join(' ')}
                </span>
              )}
            </div>
          );
        };
        return (
          <div key={row.key} className={styles.indicatorRow} role="group" aria-label={t('indicatorRow', { n })}>
            {field('name', t('indicatorName'), { maxLength: 200, required: true })}
            {field('unitOfMeasure', t('indicatorUnit'), { maxLength: 50, required: true })}
            {field('target', t('indicatorTarget'), { type: 'number', min: 0, step: 'any', inputMode: 'decimal', required: true })}
            <button type="button" className={`button secondary ${styles.remove}`} onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('removeIndicator', { n })}>
              ×
            </button>
          </div>
        );
      })}
      <button type="button" className="button secondary" onClick={() => onChange([...rows, { key: `new${nextKey++}`, name: '', unitOfMeasure: '', target: '' }])}>
        {t('addIndicator')}
      </button>
    </fieldset>
  );
}
