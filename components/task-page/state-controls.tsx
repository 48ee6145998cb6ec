'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import type { TaskDto } from '@/db/queries/task-dto';
import { ConflictNotice } from './conflict-notice';
import { EMPTY_STATE, errorsFor, staleCurrent, useActionText, type FormAction } from './form-state';
import styles from './task-page.module.css';

type Snapshot = Pick<TaskDto, 'version' | 'status'>;
type StateAction = 'pause' | 'resume' | 'cancel';
type Props = { task: Snapshot; canPause: boolean; canCancel: boolean; action: FormAction };

/** Pause, resume, or cancel with a reason: a leader's control over a task. */
export function StateControls({ task, canPause, canCancel, action }: Props) {
  const t = useTranslations('taskPage');
  const tRoot = useTranslations();
  const text = useActionText();
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(action, EMPTY_STATE);
  const [version, setVersion] = useState(task.version);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [last, setLast] = useState<StateAction>('pause');
  const [reasonMissing, setReasonMissing] = useState(false);
  useEffect(() => {
    if (state.current) router.refresh();
  }, [state, router]);

  const stale = staleCurrent<Snapshot>(state);
  // The page is rendered again after a change: follow the task's new version, unless a conflict is
  // on screen (then the user decides, with the re-apply button).
  const [seenVersion, setSeenVersion] = useState(task.version);
  if (seenVersion !== task.version) {
    setSeenVersion(task.version);
    if (!stale) setVersion(task.version);
  }

  const conflict = stale && stale.version !== version ? stale : null;
  const open = task.status !== 'completed' && task.status !== 'cancelled';
  if (!open && !conflict) return null;

  function send(what: StateAction, on: number) {
    const form = new FormData();
    form.set('version', String(on));
    form.set('action', what);
    if (what === 'cancel') form.set('reason', reason);
    setLast(what);
    startTransition(() => dispatch(form));
  }

  function onSubmit(what: StateAction) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (what === 'cancel' && !reason.trim()) {
        setReasonMissing(true);
        return;
      }
      setReasonMissing(false);
      send(what, version);
    };
  }

  const reasonErrors = [...(reasonMissing ? [tRoot('fieldErrors.reasonRequired')] : []), ...errorsFor(state, 'reason').map(text)];

  return (
    <section className="card" aria-labelledby="state-title">
      <h2 id="state-title">{t('state.title')}</h2>
      {conflict && (
        <ConflictNotice
          changes={conflict.status !== task.status ? [{ field: t('fields.status'), before: tRoot(`status.${task.status}`), now: tRoot(`status.${conflict.status}`) }] : []}
          mine={[{ field: t('fields.status'), value: t(`state.${last}`) }]}
          pending={pending}
          onReapply={() => {
            setVersion(conflict.version);
            send(last, conflict.version);
          }}
        />
      )}
      {state.message && !conflict && (
        <div className="alert error" role="alert">
          {text(state.message)}
        </div>
      )}
      {!cancelling && (
        <div className={styles.actions}>
          {canPause && task.status === 'paused' && (
            <form onSubmit={onSubmit('resume')}>
              <button className="button secondary" type="submit" disabled={pending}>
                {t('state.resume')}
              </button>
            </form>
          )}
          {canPause && open && task.status !== 'paused' && (
            <form onSubmit={onSubmit('pause')}>
              <button className="button secondary" type="submit" disabled={pending}>
                {t('state.pause')}
              </button>
            </form>
          )}
          {canCancel && open && (
            <button className={`button secondary ${styles.danger}`} type="button" onClick={() => setCancelling(true)}>
              {t('state.cancel')}
            </button>
          )}
        </div>
      )}
      {cancelling && (
        <form onSubmit={onSubmit('cancel')} noValidate>
          <div className="field">
            <label htmlFor="cancel-reason">{t('state.cancelReason')}</label>
            <textarea
              id="cancel-reason"
              rows={3}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={reasonErrors.length > 0}
              aria-describedby={reasonErrors.length ? 'cancel-reason-error' : undefined}
              autoFocus
            />
            {reasonErrors.length > 0 && (
              <span id="cancel-reason-error" className="error">
                {reasonErrors.join(' ')}
              </span>
            )}
          </div>
          <div className={styles.actions}>
            <button className={`button ${styles.dangerSolid}`} type="submit" disabled={pending}>
              {pending ? t('state.submitting') : t('state.cancelConfirm')}
            </button>
            <button className="button secondary" type="button" onClick={() => setCancelling(false)}>
              {t('state.cancelBack')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
