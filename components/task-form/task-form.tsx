'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import type { TaskDto } from '@/db/queries/task-dto';
import { ConflictNotice } from '@/components/task-page/conflict-notice';
import { EMPTY_STATE, errorsFor, staleCurrent, useActionText, type FormAction } from '@/components/task-page/form-state';
import { IndicatorRows } from './indicator-rows';
import { conflictLines, type FormOptions } from './conflict-lines';
import { TaskFields } from './task-fields';
import { mergeOnto, toFormData, valuesFromTask, type TaskFormValues } from './values';
import styles from './task-form.module.css';

type Props = FormOptions & {
  /** Edit: the task as loaded (its version is sent back); create: absent. */
  task?: TaskDto;
  initial: TaskFormValues;
  action: FormAction;
  backHref: string;
};

/** Create or edit a task. Every field is controlled, so a refused save (409, invalid) loses nothing. */
export function TaskForm({ task, initial, action, backHref, ...options }: Props) {
  const t = useTranslations('taskPage');
  const text = useActionText();
  const [state, dispatch, pending] = useActionState(action, EMPTY_STATE);
  const [base, setBase] = useState<TaskDto | undefined>(task);
  const [values, setValues] = useState<TaskFormValues>(initial);

  const stale = staleCurrent<TaskDto>(state);
  const conflict = base && stale && stale.version !== base.version ? stale : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = toFormData(values, base?.version);
    startTransition(() => dispatch(form));
  }

  function reapply() {
    if (!conflict || !base) return;
    const merged = mergeOnto(values, valuesFromTask(base), valuesFromTask(conflict));
    setValues(merged);
    setBase(conflict);
    const form = toFormData(merged, conflict.version);
    startTransition(() => dispatch(form));
  }

  const errorsAt = (field: string) => errorsFor(state, field).map(text);
  const lines = conflict && base ? conflictLines(values, valuesFromTask(base), valuesFromTask(conflict), options, t) : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={state.message ? 'task-form-error' : undefined}>
      <p className="muted">{t('form.intro')}</p>
      {conflict && lines && <ConflictNotice changes={lines.changes} mine={lines.mine} onReapply={reapply} pending={pending} />}
      {state.message && !conflict && (
        <div className="alert error" role="alert" id="task-form-error">
          {text(state.message)}
        </div>
      )}
      <TaskFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errorsAt={errorsAt} options={options} />
      <IndicatorRows
        rows={values.indicators}
        onChange={(indicators) => setValues((v) => ({ ...v, indicators }))}
        errorsAt={(index, field) => errorsAt(`indicators.${index}.${field}`)}
      />
      {state.errors?.indicators && (
        <p className="alert error" role="alert">
          {state.errors.indicators.map(text).join(' ')}
        </p>
      )}
      <div className={styles.actions}>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t('form.saving') : task ? t('form.save') : t('form.create')}
        </button>
        <Link className="button secondary" href={backHref}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
