import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/db/policy';
import { TaskForm } from '@/components/task-form/task-form';
import { valuesFromTask } from '@/components/task-form/values';
import { requireViewer } from '@/app/lib/page-viewer';
import { appToday } from '@/app/lib/today';
import { loadFormOptions } from '../../new/form-options';
import { updateTaskAction } from '../actions';
import { loadTask } from '../load-task';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const viewer = await requireViewer();
  const task = await loadTask(await getDb(), viewer, (await params).id, appToday());
  const t = await getTranslations('taskPage.form');
  return { title: t('editTitle', { code: task.code }) };
}

export default async function EditTaskPage({ params }: Params) {
  const viewer = await requireViewer();
  const db = await getDb();
  const today = appToday();
  const task = await loadTask(db, viewer, (await params).id, today);
  const t = await getTranslations('taskPage');
  // A closed plan has no open priority to edit against: it is read-only (the write would be refused).
  const options = can(viewer, 'task.edit') ? await loadFormOptions(db, viewer, today, { planId: task.planId, exceptTaskId: task.id }) : null;
  if (!options || options.priorities.length === 0) {
    return (
      <>
        <h1>{t('form.editTitle', { code: task.code })}</h1>
        <p className="alert error" role="alert">
          {options ? t('header.planClosed') : t('notAllowed')}
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('form.editTitle', { code: task.code })}</h1>
      <p className="muted">{task.title}</p>
      <div className="card">
        <TaskForm task={task} initial={valuesFromTask(task)} action={updateTaskAction.bind(null, task.id)} backHref={`/tasks/${task.id}`} {...options} />
      </div>
    </>
  );
}
