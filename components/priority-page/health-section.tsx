import { getTranslations } from 'next-intl/server';
import type { HealthEntry } from '@/db/queries/priorities';
import { formatInstant } from '@/app/lib/format-time';
import { HealthBadge } from './health';
import styles from './priority-page.module.css';

/** The leader's judgement: the current rating with its sentence, then every earlier rating. */
export async function HealthSection({ history, form }: { history: HealthEntry[]; form?: React.ReactNode }) {
  const t = await getTranslations('priorities.health');
  const [current] = history;
  return (
    <section className="card" aria-labelledby="health-title" data-testid="health-section">
      <h2 id="health-title">{t('title')}</h2>
      <p className={styles.hint}>{t('intro')}</p>
      <div className={`${styles.current} ${current ? styles[`current_${current.rating}`] : ''}`} data-testid="health-current">
        <h3>{t('current')}</h3>
        {current ? (
          <>
            <HealthBadge rating={current.rating} label={t(`ratings.${current.rating}`)} />
            <p className={styles.reason}>{current.reason}</p>
            <p className={styles.meta}>{t('setBy', { name: current.setByName, time: formatInstant(current.setAt) })}</p>
          </>
        ) : (
          <p className="muted">{t('none')}</p>
        )}
      </div>
      <h3 id="health-history-title">{t('history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('historyEmpty')}</p>
      ) : (
        <ol className={styles.history} aria-labelledby="health-history-title" data-testid="health-history">
          {history.map((entry) => (
            <li key={entry.id}>
              <div>
                <HealthBadge rating={entry.rating} label={t(`ratings.${entry.rating}`)} />
                <div className={styles.meta}>{t('setBy', { name: entry.setByName, time: formatInstant(entry.setAt) })}</div>
              </div>
              <div>{entry.reason}</div>
            </li>
          ))}
        </ol>
      )}
      {form && <div className={styles.formCard}>{form}</div>}
    </section>
  );
}
