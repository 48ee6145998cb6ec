import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import styles from './admin.module.css';

export type FieldA11y = { id: string; name: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** Message keys (fieldErrors.*) from the Server Action. */
  errors?: string[];
  children: (a11y: FieldA11y) => ReactNode;
};

/** A labelled field whose hint and errors are tied to the control (aria-describedby, aria-invalid). */
export function FormField({ id, name, label, hint, errors, children }: Props) {
  const t = useTranslations();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })}
      {hint && (
        <p id={hintId} className={`muted ${styles.hint}`}>
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="error">
          {errors!.map((key) => t(key)).join(' ')}
        </p>
      )}
    </div>
  );
}
