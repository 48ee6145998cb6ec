import { getTranslations } from 'next-intl/server';
import type { NarrativeEntry } from '@/db/queries/priorities';
import { formatInstant } from '@/app/lib/format-time';
import styles from './priority-page.module.css';

/** The quarterly narratives, newest first, exactly as posted (they cannot change). */
export async function NarrativesSection({ narratives, form }: { narratives: NarrativeEntry[]; form?: React.ReactNode }) {
  const t = await getTranslations('priorities.narratives');
  return (
    <section className="card" aria-labelledby="narratives-title" data-testid="narratives-section">
      <h2 id="narratives-title">{t('title')}</h2>
      <p className={styles.hint}>{t('intro')}</p>
      {narratives.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ol className={styles.narratives} data-testid="narratives">
          {narratives.map((n) => (
            <li key={n.id} className={styles.narrative} aria-labelledby={`narrative-${n.id}`}>
              <h3 id={`narrative-${n.id}`}>{t('quarter', { quarter: n.quarter, year: n.year })}</h3>
              <dl>
                <dt>{t('done')}</dt>
                <dd>{n.doneText}</dd>
                <dt>{t('planned')}</dt>
                <dd>{n.plannedText}</dd>
                <dt>{t('figures')}</dt>
                <dd>{n.figuresText}</dd>
              </dl>
              <p className={styles.meta}>{t('postedBy', { name: n.postedByName, time: formatInstant(n.postedAt) })}</p>
            </li>
          ))}
        </ol>
      )}
      {form && <div className={styles.formCard}>{form}</div>}
    </section>
  );
}
