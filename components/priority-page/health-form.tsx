'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { EMPTY_STATE, errorsFor, useActionText, type FormAction } from '@/components/task-page/form-state';
import { HEALTH_RATINGS, type HealthRating } from './health';
import styles from './priority-page.module.css';

/** A leader's rating of the priority: green / amber / red with a sentence why. Each save adds to the history. */
export function HealthForm({ action, current }: { action: FormAction; current: HealthRating | null }) {
  const t = useTranslations('priorities.health');
  const text = useActionText();
  const [state, dispatch, pending] = useActionState(action, EMPTY_STATE);
  const [rating, setRating] = useState<HealthRating | ''>(current ?? '');
  const [reason, setReason] = useState('');
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setReason('');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData();
    form.set('rating', rating);
    form.set('reason', reason);
    startTransition(() => dispatch(form));
  }

  const ratingErrors = errorsFor(state, 'rating').map(text);
  const reasonErrors = errorsFor(state, 'reason').map(text);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="health-form-title" data-testid="health-form">
      <h3 id="health-form-title">{t('form.title')}</h3>
      {state.message && !state.ok && (
        <div className="alert error" role="alert">
          {text(state.message)}
        </div>
      )}
      <fieldset className={styles.fieldset} aria-invalid={ratingErrors.length > 0 || undefined} aria-describedby={ratingErrors.length ? 'health-rating-error' : undefined}>
        <legend>{t('form.rating')}</legend>
        <div className={styles.radios}>
          {HEALTH_RATINGS.map((value) => (
            <label key={value} className={`${styles.radio} ${styles[`radio_${value}`]}`}>
              <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)} />
              <span>{t(`ratings.${value}`)}</span>
            </label>
          ))}
        </div>
        {ratingErrors.length > 0 && (
          <p id="health-rating-error" className="error">
            {ratingErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="health-reason">{t('form.reason')}</label>
        <textarea
          id="health-reason"
          name="reason"
          rows={2}
          maxLength={1000}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={reasonErrors.length > 0 || undefined}
          aria-describedby={['health-reason-hint', reasonErrors.length ? 'health-reason-error' : ''].filter(Boolean).join(' ')}
        />
        <p id="health-reason-hint" className={styles.hint}>
          {t('form.reasonHint')}
        </p>
        {reasonErrors.length > 0 && (
          <p id="health-reason-error" className="error">
            {reasonErrors.join(' ')}
          </p>
        )}
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('form.submitting') : t('form.submit')}
      </button>
      <p role="status" className={state.ok ? styles.success : 'visually-hidden'}>
        {state.ok && state.message ? text(state.message) : ''}
      </p>
    </form>
  );
}
