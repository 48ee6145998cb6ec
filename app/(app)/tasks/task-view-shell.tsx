import { getTranslations } from 'next-intl/server';
import { TaskFilters } from '@/components/tasks/task-filters';
import { TaskViewsHeader } from '@/components/tasks/task-views-header';
import styles from '@/components/tasks/tasks.module.css';
import type { TaskListContext } from './task-list-context';

const PATHS = { list: '/tasks', board: '/tasks/board', timeline: '/tasks/timeline' } as const;

type Props = {
  view: keyof typeof PATHS;
  ctx: TaskListContext;
  canCreate: boolean;
  total: number;
  /** Said when the view shows fewer tasks than match (the board and timeline stop at a limit). */
  capped?: string;
  children: React.ReactNode;
};

/**
 * The frame the list, board and timeline share: the header with the view switch, the notice for
 * an invalid address, the filters, the count, and the view itself — or "no plan" when there is none.
 */
export async function TaskViewShell({ view, ctx, canCreate, total, capped, children }: Props) {
  const t = await getTranslations();
  return (
    <>
      <TaskViewsHeader view={view} query={ctx.input} plan={ctx.plan} today={ctx.today} canCreate={canCreate} />
      {ctx.invalid && (
        <p className={styles.notice} role="status">
          {t('tasks.invalidParams')}
        </p>
      )}
      {!ctx.plan ? (
        <p>{t('tasks.noPlan')}</p>
      ) : (
        <>
          <TaskFilters
            action={PATHS[view]}
            query={ctx.input}
            plans={ctx.plans}
            priorities={ctx.priorities}
            units={ctx.unitOptions}
            owners={ctx.ownerOptions}
            ownersHidden={ctx.ownersHidden}
            showSort={view === 'list'}
          />
          <div className={styles.summary}>
            <p aria-live="polite" aria-atomic="true" id="task-count">
              {t('tasks.count', { total })}
            </p>
          </div>
          {capped && (
            <p className={styles.notice} role="status">
              {capped}
            </p>
          )}
          {children}
        </>
      )}
    </>
  );
}
