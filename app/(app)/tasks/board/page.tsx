import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/db/policy';
import { listTasks } from '@/db/queries/tasks';
import { TaskBoard } from '@/components/tasks/task-board';
import { TaskFilters } from '@/components/tasks/task-filters';
import { TaskViewsHeader } from '@/components/tasks/task-views-header';
import styles from '@/components/tasks/tasks.module.css';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadTaskListContext, unpaged, type RawSearchParams } from '../task-list-context';

/** The board shows every match at once, up to this many; past it the filters must narrow. */
const BOARD_LIMIT = 300;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: `${t('views.board')} · ${t('title')}` };
}

export default async function TaskBoardPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const viewer = await requireViewer();
  const db = await getDb();
  const ctx = await loadTaskListContext(db, viewer, await searchParams);
  const t = await getTranslations();
  const { input } = ctx;
  const { items, total } = ctx.plan ? await listTasks(db, viewer, unpaged(input, BOARD_LIMIT), ctx.today) : { items: [], total: 0 };
  const unitNames = Object.fromEntries(ctx.units.map((u) => [u.id, u.name]));

  return (
    <>
      <TaskViewsHeader view="board" query={input} plan={ctx.plan} today={ctx.today} canCreate={can(viewer, 'task.create')} />
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
            action="/tasks/board"
            query={input}
            plans={ctx.plans}
            priorities={ctx.priorities}
            units={ctx.unitOptions}
            owners={ctx.ownerOptions}
            ownersHidden={ctx.ownersHidden}
            showSort={false}
          />
          <div className={styles.summary}>
            <p aria-live="polite" aria-atomic="true" id="task-count">
              {t('tasks.count', { total })}
            </p>
          </div>
          {total > items.length && (
            <p className={styles.notice} role="status">
              {t('tasks.board.capped', { shown: items.length, total })}
            </p>
          )}
          <TaskBoard items={items} unitNames={unitNames} />
        </>
      )}
    </>
  );
}
