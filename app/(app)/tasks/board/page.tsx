import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/db/policy';
import { listTasks } from '@/db/queries/tasks';
import { TaskBoard } from '@/components/tasks/task-board';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadTaskListContext, unpaged, type RawSearchParams } from '../task-list-context';
import { TaskViewShell } from '../task-view-shell';

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
    <TaskViewShell
      view="board"
      ctx={ctx}
      canCreate={can(viewer, 'task.create')}
      total={total}
      capped={total > items.length ? t('tasks.board.capped', { shown: items.length, total }) : undefined}
    >
      <TaskBoard items={items} unitNames={unitNames} />
    </TaskViewShell>
  );
}
