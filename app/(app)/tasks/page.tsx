import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/db/policy';
import { listTasks } from '@/db/queries/tasks';
import { Pagination } from '@/components/tasks/pagination';
import { TaskTable } from '@/components/tasks/task-table';
import styles from '@/components/tasks/tasks.module.css';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadTaskListContext, type RawSearchParams } from './task-list-context';
import { TaskViewShell } from './task-view-shell';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: t('title') };
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const viewer = await requireViewer();
  const db = await getDb();
  const ctx = await loadTaskListContext(db, viewer, await searchParams);
  const t = await getTranslations();
  const { input } = ctx;
  const { items, total } = ctx.plan ? await listTasks(db, viewer, input, ctx.today) : { items: [], total: 0 };
  const unitNames = Object.fromEntries(ctx.units.map((u) => [u.id, u.name]));
  const ownerNames = Object.fromEntries(ctx.owners.map((o) => [o.id, o.name]));

  return (
    <TaskViewShell view="list" ctx={ctx} canCreate={can(viewer, 'task.create')} total={total}>
      {items.length === 0 ? (
        <p className={`card muted ${styles.empty}`}>{t('tasks.empty')}</p>
      ) : (
        <TaskTable items={items} unitNames={unitNames} ownerNames={ownerNames} query={input} caption={t('tasks.count', { total })} />
      )}
      {total > 0 && <Pagination path="/tasks" query={input} page={input.page} pageSize={input.pageSize} total={total} />}
    </TaskViewShell>
  );
}
