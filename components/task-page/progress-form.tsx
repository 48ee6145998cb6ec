'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import type { TaskDto } from '@/db/queries/task-dto';
import { ConflictNotice, type ConflictChange, type ConflictMine } from './conflict-notice';
import { EMPTY_STATE, errorsFor, staleCurrent, useActionText, type FormAction } from './form-state';
import { formatNumber } from './format';
import styles from './task-page.module.css';

// The limits of the server (app/lib/progress-form.ts, db/schema.ts), checked here first so a phone
// does not upload 100 MB only to be told no.
const MAX_FILES = 5;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const QUICK = [25, 50, 75, 100];
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

type Snapshot = Pick<TaskDto, 'id' | 'version' | 'progress' | 'status' | 'indicators'>;
type Values = { progress: string; note: string; actuals: Record<string, string>; requestCompletion: boolean };

type Props = { task: Snapshot; canRequestCompletion: boolean; canUpload: boolean; action: FormAction };

const numberText = (value: number | null) => (value === null ? '' : String(value));

function valuesFrom(task: Snapshot): Values {
  return { progress: String(task.progress), note: '', actuals: Object.fromEntries(task.indicators.map((i) => [String(i.id), numberText(i.actual)])), requestCompletion: false };
}

function actualOf(task: Snapshot, id: string): string {
  return numberText(task.indicators.find((i) => String(i.id) === id)?.actual ?? null);
}

/** The user's input on top of the current version: fields the user did not touch follow the new version. */
function reapplied(values: Values, base: Snapshot, current: Snapshot): Values {
  const progress = values.progress !== String(base.progress) ? values.progress : String(current.progress);
  const actuals = Object.fromEntries(
    current.indicators.map((i) => {
      const id = String(i.id);
      const mine = values.actuals[id];
      return [id, mine !== undefined && mine !== actualOf(base, id) ? mine : numberText(i.actual)];
    }),
  );
  return { ...values, progress, actuals };
}

/** A progress report: progress, indicator figures, a note, evidence files and a completion request. */
export function ProgressForm({ task, canRequestCompletion, canUpload, action }: Props) {
  const t = useTranslations('taskPage');
  const tRoot = useTranslations();
  const text = useActionText();
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(action, EMPTY_STATE);
  const [base, setBase] = useState<Snapshot>(task);
  const [values, setValues] = useState<Values>(() => valuesFrom(task));
  const [fileKey, setFileKey] = useState(0);
  const [fileCount, setFileCount] = useState(0);
  const [clientErrors, setClientErrors] = useState<{ progress?: string; files?: string }>({});
  const files = useRef<HTMLInputElement>(null);

  // A new answer from the server: after a success the form starts again from the saved task.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok && state.result) {
      const saved = state.result as Snapshot;
      setBase(saved);
      setValues(valuesFrom(saved));
      setFileKey((k) => k + 1);
      setFileCount(0);
    }
  }
  useEffect(() => {
    // Someone else changed the task: show the page as it is now; this form keeps what was typed.
    if (state.current) router.refresh();
  }, [state, router]);

  const stale = staleCurrent<Snapshot>(state);
  const conflict = stale && stale.version !== base.version ? stale : null;

  function submit(on: Snapshot, v: Values) {
    const form = new FormData();
    form.set('version', String(on.version));
    form.set('progress', v.progress.trim());
    form.set('note', v.note);
    for (const [id, value] of Object.entries(v.actuals)) {
      if (value.trim() !== '' && value !== actualOf(on, id)) form.set(`actual.${id}`, value.trim());
    }
    if (v.requestCompletion) form.set('requestCompletion', 'on');
    for (const file of Array.from(files.current?.files ?? [])) form.append('files', file);
    startTransition(() => dispatch(form));
  }

  function checkFiles(): string | undefined {
    const chosen = Array.from(files.current?.files ?? []);
    if (chosen.length > MAX_FILES) return t('progressForm.filesTooMany');
    const big = chosen.find((f) => f.size > MAX_FILE_BYTES);
    return big ? t('progressForm.fileTooLarge', { name: big.name }) : undefined;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = {
      progress: values.requestCompletion && values.progress.trim() !== '100' ? t('progressForm.needs100') : undefined,
      files: checkFiles(),
    };
    setClientErrors(errors);
    if (errors.progress || errors.files) return;
    submit(base, values);
  }

  function reapply() {
    if (!conflict) return;
    const merged = reapplied(values, base, conflict);
    setValues(merged);
    setBase(conflict);
    submit(conflict, merged);
  }

  const percent = (v: string | number) => t('conflict.percent', { value: String(v) });
  const changes: ConflictChange[] = [];
  const mine: ConflictMine[] = [];
  if (conflict) {
    if (conflict.progress !== base.progress) changes.push({ field: t('fields.progress'), before: percent(base.progress), now: percent(conflict.progress) });
    if (conflict.status !== base.status) changes.push({ field: t('fields.status'), before: tRoot(`status.${base.status}`), now: tRoot(`status.${conflict.status}`) });
    for (const indicator of conflict.indicators) {
      const was = actualOf(base, String(indicator.id));
      if (was !== numberText(indicator.actual)) {
        changes.push({ field: indicator.name, before: was ? formatNumber(Number(was)) : t('conflict.empty'), now: indicator.actual === null ? t('conflict.empty') : formatNumber(indicator.actual) });
      }
    }
    if (values.progress !== String(base.progress)) mine.push({ field: t('fields.progress'), value: percent(values.progress) });
    for (const indicator of base.indicators) {
      const value = values.actuals[String(indicator.id)] ?? '';
      if (value !== numberText(indicator.actual)) mine.push({ field: indicator.name, value: value || t('conflict.empty') });
    }
    if (values.note.trim()) mine.push({ field: t('fields.note'), value: values.note.trim() });
    if (fileCount) mine.push({ field: t('fields.files'), value: String(fileCount) });
    if (values.requestCompletion) mine.push({ field: t('progressForm.requestCompletion'), value: '✓' });
  }

  const progressErrors = [...(clientErrors.progress ? [clientErrors.progress] : []), ...errorsFor(state, 'progress').map(text)];
  const fileErrors = [...(clientErrors.files ? [clientErrors.files] : []), ...errorsFor(state, 'files').map(text)];
  const actualErrors = errorsFor(state, 'indicatorActuals').map(text);
  const noteErrors = errorsFor(state, 'note').map(text);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <section className="card" aria-labelledby="progress-form-title">
      <h2 id="progress-form-title">{t('progressForm.title')}</h2>
      {conflict && <ConflictNotice changes={changes} mine={mine} onReapply={reapply} pending={pending} />}
      {state.message && !conflict && (
        <div className="alert error" role="alert" id="progress-form-error">
          {text(state.message)}
        </div>
      )}
      {state.ok && (
        <p className={styles.success} role="status">
          {t('progressForm.saved')}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate aria-describedby={state.message ? 'progress-form-error' : undefined}>
        <input type="hidden" name="version" value={base.version} />
        <div className="field">
          <label htmlFor="progress">{t('progressForm.progress')}</label>
          <input
            id="progress"
            name="progress"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            required
            value={values.progress}
            onChange={(e) => set({ progress: e.target.value })}
            aria-invalid={progressErrors.length > 0}
            aria-describedby={`progress-hint${progressErrors.length ? ' progress-error' : ''}`}
          />
          <span id="progress-hint" className={styles.hint}>
            {t('progressForm.progressHint')}
          </span>
          <div className={styles.quick}>
            {QUICK.map((value) => (
              <button
                key={value}
                type="button"
                className="button secondary"
                aria-pressed={values.progress === String(value)}
                aria-label={t('progressForm.quick', { value })}
                onClick={() => set({ progress: String(value) })}
              >
                {value}%
              </button>
            ))}
          </div>
          {progressErrors.length > 0 && (
            <span id="progress-error" className="error">
              {progressErrors.join(' ')}
            </span>
          )}
        </div>

        {base.indicators.length > 0 && (
          <fieldset className={styles.fieldset} aria-describedby={actualErrors.length ? 'actuals-error' : undefined}>
            <legend>{t('progressForm.actualsTitle')}</legend>
            {base.indicators.map((indicator) => (
              <div className="field" key={indicator.id}>
                <label htmlFor={`actual-${indicator.id}`}>{t('progressForm.actualLabel', { name: indicator.name, unit: indicator.unitOfMeasure })}</label>
                <input
                  id={`actual-${indicator.id}`}
                  name={`actual.${indicator.id}`}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  value={values.actuals[String(indicator.id)] ?? ''}
                  onChange={(e) => set({ actuals: { ...values.actuals, [String(indicator.id)]: e.target.value } })}
                  aria-describedby={`actual-hint-${indicator.id}`}
                  aria-invalid={actualErrors.length > 0}
                />
                <span id={`actual-hint-${indicator.id}`} className={styles.hint}>
                  {t('progressForm.actualHint', { target: formatNumber(indicator.target) })}
                </span>
              </div>
            ))}
            {actualErrors.length > 0 && (
              <span id="actuals-error" className="error">
                {actualErrors.join(' ')}
              </span>
            )}
          </fieldset>
        )}

        <div className="field">
          <label htmlFor="note">{t('progressForm.note')}</label>
          <textarea
            id="note"
            name="note"
            rows={4}
            maxLength={5000}
            placeholder={t('progressForm.notePlaceholder')}
            value={values.note}
            onChange={(e) => set({ note: e.target.value })}
            aria-invalid={noteErrors.length > 0}
            aria-describedby={noteErrors.length ? 'note-error' : undefined}
          />
          {noteErrors.length > 0 && (
            <span id="note-error" className="error">
              {noteErrors.join(' ')}
            </span>
          )}
        </div>

        {canUpload && (
          <div className="field">
            <label htmlFor="files">{t('progressForm.files')}</label>
            <input
              key={fileKey}
              ref={files}
              id="files"
              name="files"
              type="file"
              accept={ACCEPT}
              multiple
              onChange={(e) => {
                setFileCount(e.target.files?.length ?? 0);
                setClientErrors((c) => ({ ...c, files: checkFiles() }));
              }}
              aria-invalid={fileErrors.length > 0}
              aria-describedby={`files-hint${fileErrors.length ? ' files-error' : ''}`}
            />
            <span id="files-hint" className={styles.hint}>
              {t('progressForm.filesHint')}
            </span>
            {fileErrors.length > 0 && (
              <span id="files-error" className="error">
                {fileErrors.join(' ')}
              </span>
            )}
          </div>
        )}

        {canRequestCompletion && (
          <div className={styles.checkRow}>
            <input
              id="requestCompletion"
              name="requestCompletion"
              type="checkbox"
              checked={values.requestCompletion}
              onChange={(e) => set({ requestCompletion: e.target.checked })}
              aria-describedby="request-hint"
            />
            <div>
              <label htmlFor="requestCompletion">{t('progressForm.requestCompletion')}</label>
              <div id="request-hint" className={styles.hint}>
                {t('progressForm.requestCompletionHint')}
              </div>
            </div>
          </div>
        )}

        <button className={`button ${styles.fullWidth}`} type="submit" disabled={pending}>
          {pending ? t('progressForm.submitting') : values.requestCompletion ? t('progressForm.submitRequest') : t('progressForm.submit')}
        </button>
      </form>
    </section>
  );
}
