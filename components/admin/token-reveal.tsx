'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import styles from './admin.module.css';

/** The new token in a read-only field, with a warning that it will not be shown again. */
export function TokenReveal({ token }: { token: string }) {
  const t = useTranslations('admin.tokens.reveal');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): the field stays selectable.
      setCopied('no');
    }
  }
  return (
    <section className={styles.reveal} aria-labelledby="token-reveal-title">
      <h3 id="token-reveal-title">{t('title')}</h3>
      <p role="alert" className={styles.warning}>{t('warning')}</p>
      <label htmlFor="issued-token" className="visually-hidden">
        {t('label')}
      </label>
      <div className={styles.revealRow}>
        <input id="issued-token" type="text" readOnly value={token} onFocus={(e) => e.currentTarget.select()} spellCheck={false} autoComplete="off" />
        <button type="button" className="button" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p role="status" aria-live="polite" className={`muted ${styles.hint}`}>
        {copied === 'yes' ? t('copied') : copied === 'no' ? t('copyFailed') : ''}
      </p>
    </section>
  );
}
