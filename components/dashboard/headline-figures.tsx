import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Headline } from '@/db/queries/dashboard';
import { formatNumber } from '@/app/lib/format';
import { drillHref } from './drill';
import { formatRate } from './format';
import type { DrillScope } from './types';
import styles from './dashboard.module.css';

type Tile = { key: string; label: string; value: string; note: string; href?: string; tone?: 'bad' | 'warn' | 'info' };

/**
 * The figures a leader reads first: one sentence, then the counts and the two completion rates,
 * each labelled with what it counts over (the state's rate counts only tasks already due).
 */
export async function HeadlineFigures({ data, scope }: { data: Promise<Headline>; scope: DrillScope }) {
  const h = await data;
  const t = await getTranslations('dashboard.headline');
  const n = formatNumber;
  const tiles: Tile[] = [
    {
      key: 'tasks',
      label: t('tasks'),
      value: n(h.total),
      note: h.cancelled > 0 ? t('tasksNote', { cancelled: n(h.cancelled) }) : t('tasksNoteNone'),
      href: drillHref(scope),
    },
    {
      key: 'completed',
      label: t('completed'),
      value: n(h.completed),
      note: t('completedNote', { onTime: n(h.completedOnTime), late: n(h.completedLate) }),
      href: drillHref(scope, { status: 'completed' }),
    },
    {
      key: 'rateDue',
      label: t('rateDue'),
      value: formatRate(h.completionRateDue),
      note: h.due > 0 ? t('rateDueNote', { completed: n(h.completed), due: n(h.due) }) : t('noneDue'),
    },
    {
      key: 'rateAll',
      label: t('rateAll'),
      value: formatRate(h.completionRateAll),
      note: t('rateAllNote', { completed: n(h.completed), total: n(h.total) }),
    },
    {
      key: 'onTime',
      label: t('onTime'),
      value: formatRate(h.onTimeRateDue),
      note: h.due > 0 ? t('onTimeNote', { onTime: n(h.completedOnTime), due: n(h.due) }) : t('noneDue'),
      href: drillHref(scope, { timeliness: 'completed_on_time' }),
    },
    {
      key: 'overdue',
      label: t('overdue'),
      value: n(h.overdue),
      note: t('overdueNote'),
      href: drillHref(scope, { timeliness: 'overdue' }),
      tone: h.overdue > 0 ? 'bad' : undefined,
    },
    {
      key: 'atRisk',
      label: t('atRisk'),
      value: n(h.atRisk),
      note: t('atRiskNote'),
      href: drillHref(scope, { timeliness: 'at_risk' }),
      tone: h.atRisk > 0 ? 'warn' : undefined,
    },
    {
      key: 'awaiting',
      label: t('awaiting'),
      value: n(h.awaiting),
      note: t('awaitingNote'),
      href: drillHref(scope, { status: 'awaiting_confirmation' }),
      tone: h.awaiting > 0 ? 'info' : undefined,
    },
  ];

  return (
    <section className={styles.headline} aria-labelledby="headline-title">
      <h2 id="headline-title" className="visually-hidden">
        {t('label')}
      </h2>
      <p className={styles.summary}>
        {t('summary', {
          completed: h.completed,
          completedText: n(h.completed),
          total: h.total,
          totalText: n(h.total),
          overdue: h.overdue,
          overdueText: n(h.overdue),
          atRisk: h.atRisk,
          atRiskText: n(h.atRisk),
          awaiting: h.awaiting,
          awaitingText: n(h.awaiting),
        })}
      </p>
      <ul className={styles.tiles}>
        {tiles.map((tile) => {
          const body = (
            <>
              <span className={styles.tileLabel}>{tile.label}</span>
              <span className={styles.tileValue}>{tile.value}</span>
              <span className={styles.tileNote}>{tile.note}</span>
            </>
          );
          return (
            <li key={tile.key} className={`${styles.tile} ${tile.tone ? styles[tile.tone] : ''}`} data-figure={tile.key}>
              {tile.href ? (
                <Link href={tile.href} className={styles.tileLink}>
                  {body}
                </Link>
              ) : (
                <div className={styles.tileBody}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
