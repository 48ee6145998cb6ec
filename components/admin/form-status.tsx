import { useTranslations } from 'next-intl';
import type { FormState } from './form-state';
import styles from './admin.module.css';

/** The outcome of the last submit: an alert when refused, a polite status when done. */
export function FormStatus({ state }: { state: FormState }) {
  const t = useTranslations();
  if (!state.message) return <div role="status" aria-live="polite" className="visually-hidden" />;
  if (state.ok) {
    return (
      <div role="status" aria-live="polite" className={styles.success}>
        {t(state.message)}
      </div>
    );
  }
  return (
    <div role="alert" className="alert error">
      {t(state.message)}
    </div>
  );
}
