'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import type { TaskDto } from '@/db/queries/task-dto';
import { ConflictNotice } from './conflict-notice';
import { EMPTY_STATE, errorsFor, staleCurrent, useActionText, type FormAction } from './form-state';
import styles from './task-page.module.css';

type Snapshot = Pick<TaskDto, 'version' | 'status' | 'progress'>;
type Decision = 'confirm' | 'return';
type Props = { task: Snapshot; requestedBy: string | null; requestedOn: string | null; action: FormAction };

/** A leader's answer to a completion request: confirm it, or return it with a reason the officer will read. */
export function CompletionReview({ task, requestedBy, requestedOn, action }: Props) {
  const t = useTranslations('taskPage');
  const tRoot = useTranslations();
  const text = useActionText();
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(action, EMPTY_STATE);
  const [version, setVersion] = useState(task.version);
  const [reason, setReason] = useState('');
  const [last, setLast] = useState<Decision>('confirm');
  const [reasonMissing, setReasonMissing] = useState(false);
  useEffect(() => {
    if (state.current) router.refresh();
  }, [state, router]);

  const stale = staleCurrent<Snapshot>(state);
  const conflict = stale && stale.version !== version ? stale : null;

  function send(decision: Decision, on: number) {
    const form = new FormData();
    form.set('version', String(on));
    form.set('decision', decision);
    if (decision === 'return') form.set('reason', reason);
    setLast(decision);
    startTransition(() => dispatch(form));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision: Decision = submitter?.value === 'return' ? 'return' : 'confirm';
    if (decision === 'return' && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    send(decision, version);
  }

  const reasonErrors = [...(reasonMissing ? [tRoot('fieldErrors.reasonRequired')] : []), ...errorsFor(state, 'reason').map(text)];

  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      {requestedBy && requestedOn && <p>{t('review.intro', { name: requestedBy, date: requestedOn })}</p>}
      {conflict && (
        <ConflictNotice
          changes={[
            ...(conflict.status !== task.status ? [{ field: t('fields.status'), before: tRoot(`status.${task.status}`), now: tRoot(`status.${conflict.status}`) }] : []),
            ...(conflict.progress !== task.progress ? [{ field: t('fields.progress'), before: `${task.progress}%`, now: `${conflict.progress}%` }] : []),
          ]}
          mine={[{ field: t('fields.status'), value: last === 'confirm' ? t('review.confirm') : `${t('review.return')}: ${reason}` }]}
          pending={pending}
          onReapply={() => {
            setVersion(conflict.version);
            send(last, conflict.version);
          }}
        />
      )}
      {state.message && !conflict && (
        <div className="alert error" role="alert" id="review-error">
          {text(state.message)}
        </div>
      )}
      {state.ok && (
        <p className={styles.success} role="status">
          {last === 'confirm' ? t('review.confirmed') : t('review.returned')}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <input type="hidden" name="version" value={version} />
        <div className="field">
          <label htmlFor="review-reason">{t('review.reason')}</label>
          <textarea
            id="review-reason"
            name="reason"
            rows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonErrors.length > 0}
            aria-describedby={`review-reason-hint${reasonErrors.length ? ' review-reason-error' : ''}`}
          />
          <span id="review-reason-hint" className={styles.hint}>
            {t('review.reasonHint')}
          </span>
          {reasonErrors.length > 0 && (
            <span id="review-reason-error" className="error">
              {reasonErrors.join(' ')}
            </span>
          )}
        </div>
        <div className={styles.actions}>
          <button className="button" type="submit" name="decision" value="confirm" disabled={pending}>
            {pending && last === 'confirm' ? t('review.submitting') : t('review.confirm')}
          </button>
          <button className={`button secondary ${styles.danger}`} type="submit" name="decision" value="return" disabled={pending}>
            {pending && last === 'return' ? t('review.submitting') : t('review.return')}
          </button>
        </div>
      </form>
    </section>
  );
}
