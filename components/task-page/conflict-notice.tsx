'use client';

import { useTranslations } from 'next-intl';
import styles from './task-page.module.css';

export type ConflictChange = { field: string; before: string; now: string };
export type ConflictMine = { field: string; value: string };

type Props = { changes: ConflictChange[]; mine: ConflictMine[]; onReapply: () => void; pending: boolean };

/**
 * A stale version (409): what others changed since the form was loaded, what the user entered (kept),
 * and one button to write the user's input onto the new version.
 */
export function ConflictNotice({ changes, mine, onReapply, pending }: Props) {
  const t = useTranslations('taskPage.conflict');
  return (
    <div className={styles.conflict} role="alert" data-testid="conflict">
      <h3>{t('title')}</h3>
      <p>{t('intro')}</p>
      {changes.length ? (
        <ul>
          {changes.map((c) => (
            <li key={c.field}>
              {t.rich('changed', {
                field: c.field,
                before: c.before,
                now: c.now,
                old: (chunks) => <span className={styles.was}>{chunks}</span>,
                cur: (chunks) => <strong className={styles.now}>{chunks}</strong>,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('nothingVisible')}</p>
      )}
      <p>{t('mine')}</p>
      {mine.length ? (
        <ul>
          {mine.map((m) => (
            <li key={m.field}>{t.rich('mineLine', { field: m.field, value: m.value, strong: (chunks) => <strong>{chunks}</strong> })}</li>
          ))}
        </ul>
      ) : (
        <p>{t('noMine')}</p>
      )}
      <button className="button" type="button" onClick={onReapply} disabled={pending}>
        {t('reapply')}
      </button>
      <p className={styles.hint}>{t('reapplyHint')}</p>
    </div>
  );
}
