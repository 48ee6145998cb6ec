import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PlanSummary } from '@/db/queries/plans';
import { formatDay } from '@/app/lib/format';
import { filtersOnly, taskHref, type TaskQuery } from './task-query';
import styles from './tasks.module.css';

export type TaskView = 'list' | 'board' | 'timeline';

const VIEW_PATHS: Record<TaskView, string> = { list: '/tasks', board: '/tasks/board', timeline: '/tasks/timeline' };

type Props = { view: TaskView; query: TaskQuery; plan: PlanSummary | null; today: string; canCreate: boolean };

/** The title, the plan, the actions and the tabs between list, board and timeline (keeping the filters). */
export async function TaskViewsHeader({ view, query, plan, today, canCreate }: Props) {
  const t = await getTranslations();
  const kept: TaskQuery = { ...filtersOnly(query), sort: query.sort };
  return (
    <>
      <div className={styles.pageHead}>
        <div>
          <h1>{t('tasks.title')}</h1>
          {plan && <p className={`muted ${styles.planLine}`}>{t('tasks.planLine', { plan: plan.title, date: formatDay(today) })}</p>}
        </div>
        <div className={`no-print ${styles.actions}`}>
          {canCreate && (
            <Link className="button" href="/tasks/new">
              {t('tasks.actions.create')}
            </Link>
          )}
          <a className="button secondary" href={taskHref('/api/v1/tasks/export', kept)} title={t('tasks.actions.exportLabel')} download>
            {t('tasks.actions.export')}
          </a>
        </div>
      </div>
      <nav className={`no-print ${styles.tabs}`} aria-label={t('tasks.views.label')}>
        {(Object.keys(VIEW_PATHS) as TaskView[]).map((v) => (
          <Link key={v} href={taskHref(VIEW_PATHS[v], kept)} aria-current={v === view ? 'page' : undefined} className={styles.tab}>
            {t(`tasks.views.${v}`)}
          </Link>
        ))}
      </nav>
    </>
  );
}
