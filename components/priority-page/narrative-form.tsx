'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { EMPTY_STATE, errorsFor, useActionText, type FormAction } from '@/components/task-page/form-state';
import styles from './priority-page.module.css';

type Props = {
  action: FormAction;
  year: number;
  /** Quarters of `year` that already have a narrative (they stay selectable: the server says no). */
  posted: number[];
  defaultQuarter: number;
};

const TEXTS = ['doneText', 'plannedText', 'figuresText'] as const;
const LABEL: Record<(typeof TEXTS)[number], 'done' | 'planned' | 'figures'> = { doneText: 'done', plannedText: 'planned', figuresText: 'figures' };
const EMPTY = { doneText: '', plannedText: '', figuresText: '' };

/** The lead unit's quarterly narrative. Posted once per quarter and never changed afterwards. */
export function NarrativeForm({ action, year, posted, defaultQuarter }: Props) {
  const t = useTranslations('priorities.narratives.form');
  const text = useActionText();
  const [state, dispatch, pending] = useActionState(action, EMPTY_STATE);
  const [quarter, setQuarter] = useState(String(defaultQuarter));
  const [values, setValues] = useState(EMPTY);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setValues(EMPTY);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData();
    form.set('year', String(year));
    form.set('quarter', quarter);
    for (const key of TEXTS) form.set(key, values[key]);
    startTransition(() => dispatch(form));
  }

  const quarterErrors = errorsFor(state, 'quarter').map(text);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="narrative-form-title" data-testid="narrative-form">
      <h3 id="narrative-form-title">{t('title')}</h3>
      <p className={styles.immutable} id="narrative-immutable">
        {t('immutable')}
      </p>
      {state.message && !state.ok && (
        <div className="alert error" role="alert">
          {text(state.message)}
        </div>
      )}
      <div className="field">
        <label htmlFor="narrative-quarter">{t('quarter')}</label>
        <select
          id="narrative-quarter"
          name="quarter"
          value={quarter}
          onChange={(e) => setQuarter(e.target.value)}
          aria-invalid={quarterErrors.length > 0 || undefined}
          aria-describedby={quarterErrors.length ? 'narrative-quarter-error' : undefined}
        >
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              {t(posted.includes(q) ? 'quarterPosted' : 'quarterOption', { quarter: q, year })}
            </option>
          ))}
        </select>
        {quarterErrors.length > 0 && (
          <p id="narrative-quarter-error" className="error">
            {quarterErrors.join(' ')}
          </p>
        )}
      </div>
      {TEXTS.map((key) => {
        const errors = errorsFor(state, key).map(text);
        const id = `narrative-${key}`;
        return (
          <div className="field" key={key}>
            <label htmlFor={id}>{t(LABEL[key])}</label>
            <textarea
              id={id}
              name={key}
              rows={3}
              maxLength={5000}
              required
              value={values[key]}
              onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
              aria-invalid={errors.length > 0 || undefined}
              aria-describedby={errors.length ? `${id}-error` : undefined}
            />
            {errors.length > 0 && (
              <p id={`${id}-error`} className="error">
                {errors.join(' ')}
              </p>
            )}
          </div>
        );
      })}
      <button className="button" type="submit" disabled={pending} aria-describedby="narrative-immutable">
        {pending ? t('submitting') : t('submit')}
      </button>
      <p role="status" className={state.ok ? styles.success : 'visually-hidden'}>
        {state.ok && state.message ? text(state.message) : ''}
      </p>
    </form>
  );
}
