import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/db/policy';
import { TaskForm } from '@/components/task-form/task-form';
import { isoToDay, type TaskFormValues } from '@/components/task-form/values';
import { requireViewer } from '@/app/lib/page-viewer';
import { appToday } from '@/app/lib/today';
import { createTaskAction } from './actions';
import { loadFormOptions } from './form-options';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('taskPage.form');
  return { title: t('newTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewTaskPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const t = await getTranslations('taskPage');
  if (!can(viewer, 'task.create')) {
    return (
      <>
        <h1>{t('form.newTitle')}</h1>
        <p className="alert error" role="alert">
          {t('notAllowed')}
        </p>
      </>
    );
  }
  const today = appToday();
  const options = await loadFormOptions(await getDb(), viewer, today);
  const wanted = (await searchParams).priority;
  const priorityId = typeof wanted === 'string' && options.priorities.some((p) => String(p.id) === wanted) ? wanted : '';
  const initial: TaskFormValues = {
    priorityId,
    parentId: '',
    code: '',
    title: '',
    description: '',
    leadUnitId: '',
    supportingUnitIds: [],
    ownerId: '',
    startDate: isoToDay(today),
    dueDate: '',
    weight: '1',
    indicators: [],
  };
  return (
    <>
      <h1>{t('form.newTitle')}</h1>
      <div className="card">
        <TaskForm initial={initial} action={createTaskAction} backHref="/tasks" {...options} />
      </div>
    </>
  );
}
