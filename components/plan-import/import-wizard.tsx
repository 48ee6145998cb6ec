'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, type FormEvent } from 'react';
import { formatDay } from '@/app/lib/format';
import { EMPTY_STATE, errorsFor, useActionText, type FormAction } from '@/components/task-page/form-state';
import type { ImportOutcome } from './import-types';
import { RefusedRows } from './refused-rows';
import styles from './import.module.css';

type Props = { action: FormAction; planId: number; planTitle: string };

/** Template → upload and check → review and confirm. The import is all rows or none. */
export function ImportWizard({ action, planId, planTitle }: Props) {
  const t = useTranslations('import');
  const text = useActionText();
  const [state, dispatch, pending] = useActionState(action, EMPTY_STATE);
  const outcome = state.result as ImportOutcome | undefined;
  const preview = outcome?.stage === 'preview' ? outcome : null;
  const done = outcome?.stage === 'done' ? outcome : null;
  const fileErrors = errorsFor(state, 'file').map(text);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  }

  return (
    <>
      <section className="card" aria-labelledby="import-template">
        <h2 id="import-template">{t('steps.template')}</h2>
        <p className={styles.hint}>{t('steps.templateHint')}</p>
        <a className="button secondary" href={`/api/v1/plans/${planId}/import/template`} download>
          {t('steps.templateLink')}
        </a>
      </section>

      <section className="card" aria-labelledby="import-upload">
        <h2 id="import-upload">{t('steps.upload')}</h2>
        <form onSubmit={submit} noValidate encType="multipart/form-data" data-testid="import-upload">
          <input type="hidden" name="intent" value="check" />
          <div className="field">
            <label htmlFor="import-file">{t('steps.file')}</label>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
              aria-invalid={fileErrors.length > 0 || undefined}
              aria-describedby={fileErrors.length ? 'import-file-error' : undefined}
            />
            {fileErrors.length > 0 && (
              <p id="import-file-error" className="error">
                {fileErrors.join(' ')}
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('steps.checking') : t('steps.check')}
          </button>
        </form>
      </section>

      {state.message && !state.ok && (
        <div className="alert error" role="alert" data-testid="import-error">
          {text(state.message)}
        </div>
      )}

      {done && (
        <div className={styles.success} role="status" data-testid="import-done">
          <p>{t('done', { count: done.imported })}</p>
          <Link href={`/tasks?plan=${planId}`}>{t('viewTasks')}</Link>
        </div>
      )}

      {preview && (
        <section className="card" aria-labelledby="import-review" data-testid="import-preview">
          <h2 id="import-review">{t('steps.review')}</h2>
          <p role="status">{t('preview.summary', { valid: preview.valid.length, refused: preview.refused.length })}</p>
          {preview.valid.length === 0 && preview.refused.length === 0 && <p className="muted">{t('preview.empty')}</p>}
          {preview.refused.length > 0 && <RefusedRows rows={preview.refused} />}
          {preview.valid.length > 0 && (
            <>
              <h3 id="import-valid">{t('preview.validTitle', { count: preview.valid.length })}</h3>
              <div className="table-wrap">
                <table data-testid="import-valid">
                  <caption className="visually-hidden">{t('preview.validTitle', { count: preview.valid.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">{t('preview.columns.row')}</th>
                      <th scope="col">{t('preview.columns.code')}</th>
                      <th scope="col">{t('preview.columns.title')}</th>
                      <th scope="col">{t('preview.columns.priority')}</th>
                      <th scope="col">{t('preview.columns.leadUnit')}</th>
                      <th scope="col">{t('preview.columns.dueDate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.valid.map((r) => (
                      <tr key={r.row}>
                        <td className="num">{r.row}</td>
                        <td className={styles.nowrap}>{r.code}</td>
                        <td>{r.title}</td>
                        <td>{r.priorityCode}</td>
                        <td>{r.leadUnitCode}</td>
                        <td className={styles.nowrap}>{formatDay(r.dueDate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {preview.refused.length === 0 && preview.valid.length > 0 && (
            <form onSubmit={submit} className={styles.confirm} data-testid="import-confirm">
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="rows" value={JSON.stringify(preview.rows)} />
              <p id="import-confirm-hint">{t('confirmHint', { count: preview.valid.length, plan: planTitle })}</p>
              <button type="submit" className="button" disabled={pending} aria-describedby="import-confirm-hint">
                {pending ? t('confirming') : t('confirm')}
              </button>
            </form>
          )}
        </section>
      )}
    </>
  );
}
