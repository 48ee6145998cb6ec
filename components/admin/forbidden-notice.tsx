import Link from 'next/link';
import styles from './admin.module.css';

/** What a page shows when the data-access layer refused the viewer (a 403 in page form). */
export function ForbiddenNotice({ title, message, backLabel }: { title: string; message: string; backLabel: string }) {
  return (
    <section className={`card ${styles.refusal}`} aria-labelledby="refusal-title">
      <h1 id="refusal-title">{title}</h1>
      <p role="alert">{message}</p>
      <p>
        <Link href="/">{backLabel}</Link>
      </p>
    </section>
  );
}
