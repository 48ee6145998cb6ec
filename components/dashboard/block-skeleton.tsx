import styles from './dashboard.module.css';

/** What a block shows while its figures are on their way (each block streams on its own). */
export function BlockSkeleton({ title, height, wide = false, loading }: { title: string; height: number; wide?: boolean; loading: string }) {
  return (
    <section className={`card ${styles.block} ${wide ? styles.wide : ''}`} aria-busy="true" aria-label={title}>
      <h2>{title}</h2>
      <div className={styles.skeleton} style={{ height }}>
        <span className="visually-hidden">{loading}</span>
      </div>
    </section>
  );
}
