'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { EMPTY_STATE, errorsFor, useActionText, type FormAction } from './form-state';
import styles from './task-page.module.css';

/** Comments are appended, never edited: no version, nothing to conflict with. */
export function CommentForm({ action }: { action: FormAction }) {
  const t = useTranslations('taskPage.comments');
  const text = useActionText();
  const [state, dispatch, pending] = useActionState(action, EMPTY_STATE);
  const [body, setBody] = useState('');
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setBody('');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData();
    form.set('body', body);
    startTransition(() => dispatch(form));
  }

  const errors = errorsFor(state, 'body').map(text);
  return (
    <form onSubmit={onSubmit} noValidate>
      {state.message && (
        <div className="alert error" role="alert">
          {text(state.message)}
        </div>
      )}
      <div className="field">
        <label htmlFor="comment-body">{t('body')}</label>
        <textarea
          id="comment-body"
          name="body"
          rows={3}
          maxLength={5000}
          required
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length ? 'comment-error' : undefined}
        />
        {errors.length > 0 && (
          <span id="comment-error" className="error">
            {errors.join(' ')}
          </span>
        )}
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
      {state.ok && (
        <p className={styles.success} role="status">
          {t('saved')}
        </p>
      )}
    </form>
  );
}
