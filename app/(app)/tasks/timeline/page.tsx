import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/db/policy';
import { listTasks } from '@/db/queries/tasks';
import { TaskTimeline, type TimelineGroup } from '@/components/tasks/task-timeline';
import styles from '@/components/tasks/tasks.module.css';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadTaskListContext, unpaged, type RawSearchParams } from '../task-list-context';
import { TaskViewShell } from '../task-view-shell';

/** The timeline shows every match at once, up to this many; past it the filters must narrow. */
const TIMELINE_LIMIT = 300;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tasks');
  return { title: `${t('views.timeline')} · ${t('title')}` };
}

export default async function TaskTimelinePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const viewer = await requireViewer();
  const db = await getDb();
  const ctx = await loadTaskListContext(db, viewer, await searchParams);
  const t = await getTranslations();
  const { input } = ctx;
  const { items, total } = ctx.plan
    ? await listTasks(db, viewer, { ...unpaged(input, TIMELINE_LIMIT), sort: 'code' }, ctx.today)
    : { items: [], total: 0 };

  // By priority, in the plan's order; within one, by start date as a Gantt chart reads.
  const groups: TimelineGroup[] = ctx.priorities
    .map((p) => ({
      key: `p${p.id}`,
      heading: `${p.code}. ${p.title}`,
      tasks: items
        .filter((task) => task.priorityId === p.id)
        .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.dueDate.localeCompare(b.dueDate) || a.id - b.id),
    }))
    .filter((g) => g.tasks.length > 0);

  return (
    <TaskViewShell
      view="timeline"
      ctx={ctx}
      canCreate={can(viewer, 'task.create')}
      total={total}
      capped={total > items.length ? t('tasks.timeline.capped', { shown: items.length, total }) : undefined}
    >
      {groups.length === 0 || !ctx.plan ? (
        <p className={`card muted ${styles.empty}`}>{t('tasks.empty')}</p>
      ) : (
        <TaskTimeline year={ctx.plan.year} today={ctx.today} groups={groups} />
      )}
    </TaskViewShell>
  );
}
