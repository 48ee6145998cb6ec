import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can, updateActionFor } from '@/db/policy';
import { peopleByIds } from '@/db/queries/assignable-users';
import { taskHistory } from '@/db/queries/audit';
import { listComments } from '@/db/queries/comments';
import { listPlanChoices } from '@/db/queries/plans';
import { listUpdates } from '@/db/queries/progress';
import { getTask, listPriorities } from '@/db/queries/tasks';
import { listUnits } from '@/db/queries/units';
import { CommentsSection } from '@/components/task-page/comments-section';
import { CompletionReview } from '@/components/task-page/completion-review';
import { dayOf, formatDay } from '@/components/task-page/format';
import { IndicatorsTable } from '@/components/task-page/indicators-table';
import { ProgressForm } from '@/components/task-page/progress-form';
import { progressPoints } from '@/components/task-page/progress-points';
import { ProgressSection } from '@/components/task-page/progress-section';
import { ReturnedNotice } from '@/components/task-page/returned-notice';
import { StateControls } from '@/components/task-page/state-controls';
import { TaskDetails } from '@/components/task-page/task-details';
import { TaskHeader } from '@/components/task-page/task-header';
import { TaskHistory } from '@/components/task-page/task-history';
import { UpdatesList } from '@/components/task-page/updates-list';
import styles from '@/components/task-page/task-page.module.css';
import { requireViewer } from '@/app/lib/page-viewer';
import { appToday } from '@/app/lib/today';
import { addCommentAction, changeTaskStateAction, recordProgressAction, reviewCompletionAction } from './actions';
import { loadTask } from './load-task';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const viewer = await requireViewer();
  const task = await loadTask(await getDb(), viewer, (await params).id, appToday());
  return { title: `${task.code} · ${task.title}` };
}

const OPEN_FOR_UPDATES = new Set(['not_started', 'in_progress']);

export default async function TaskPage({ params }: Params) {
  const viewer = await requireViewer();
  const db = await getDb();
  const today = appToday();
  const task = await loadTask(db, viewer, (await params).id, today);
  const [updates, comments, history, units, priorities, plans, parent] = await Promise.all([
    listUpdates(db, viewer, task.id),
    listComments(db, viewer, task.id),
    taskHistory(db, viewer, task.id),
    listUnits(db, viewer),
    listPriorities(db, viewer, task.planId),
    listPlanChoices(db, viewer),
    task.parentId ? getTask(db, viewer, task.parentId, today).catch(() => null) : null,
  ]);
  const ownerIds = history.flatMap((row) => [row.before, row.after].map((v) => (v && typeof v === 'object' ? (v as { ownerId?: unknown }).ownerId : undefined)));
  const people = await peopleByIds(db, viewer, [task.ownerId, ...ownerIds].filter((id): id is number => typeof id === 'number'));
  const t = await getTranslations('taskPage');

  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const priority = priorities.find((p) => p.id === task.priorityId);
  const plan = plans.find((p) => p.id === task.planId);
  const planClosed = plan?.status === 'closed';
  const scope = { leadUnitId: task.leadUnitId, supportingUnitIds: task.supportingUnitIds };

  // What to show; every action is checked again by the data-access layer whatever is shown here.
  const canUpdate = !planClosed && OPEN_FOR_UPDATES.has(task.status) && can(viewer, updateActionFor(viewer, scope), scope);
  const canReview = !planClosed && task.status === 'awaiting_confirmation' && can(viewer, 'completion.confirm');
  const canEdit = !planClosed && can(viewer, 'task.edit');
  const canCancel = !planClosed && can(viewer, 'task.cancel');
  const canComment = !planClosed && can(viewer, 'comment.create', scope);

  const request = updates.find((u) => u.requestsCompletion);
  // The latest completion request was returned (and not yet asked again): the officer is told why.
  const returned = request?.review?.decision === 'return' ? request.review : null;

  return (
    <>
      <nav className={styles.breadcrumb} aria-label={t('breadcrumb')}>
        <Link href="/tasks">← {t('backToList')}</Link>
      </nav>
      <TaskHeader task={task} priorityCode={priority?.code ?? null} canEdit={canEdit} />
      {planClosed && <p className={`${styles.notice} ${styles.noticeInfo}`}>{t('header.planClosed')}</p>}
      {returned && task.status !== 'completed' && <ReturnedNotice review={returned} />}
      {task.status === 'awaiting_confirmation' && task.completionRequestedOn && (
        <p className={`${styles.notice} ${styles.noticeInfo}`} data-testid="awaiting-notice">
          {t('awaitingNotice', { date: formatDay(task.completionRequestedOn) })}
        </p>
      )}
      <div className={styles.layout}>
        <div className={styles.side}>
          {canReview && (
            <CompletionReview
              task={task}
              requestedBy={request?.authorName ?? null}
              // The request's date as the task records it ("today" of the request, SEED_TODAY in a demo).
              requestedOn={task.completionRequestedOn ? formatDay(task.completionRequestedOn) : request ? formatDay(dayOf(request.createdAt)) : null}
              action={reviewCompletionAction.bind(null, task.id)}
            />
          )}
          {canUpdate && (
            <ProgressForm
              task={task}
              canRequestCompletion={can(viewer, 'completion.request', scope)}
              canUpload={can(viewer, 'evidence.upload', scope)}
              action={recordProgressAction.bind(null, task.id)}
            />
          )}
          {(canEdit || canCancel) && <StateControls task={task} canPause={canEdit} canCancel={canCancel} action={changeTaskStateAction.bind(null, task.id)} />}
        </div>
        <div className={styles.main}>
          <TaskDetails
            task={task}
            names={{
              plan: plan?.title ?? null,
              priority: priority ? `${priority.code}. ${priority.title}` : null,
              parent: parent ? { id: parent.id, code: parent.code, title: parent.title } : null,
              leadUnit: unitName.get(task.leadUnitId) ?? String(task.leadUnitId),
              supportingUnits: task.supportingUnitIds.map((id) => unitName.get(id) ?? String(id)),
              owner: task.ownerId ? (personName.get(task.ownerId) ?? null) : null,
            }}
          />
          <IndicatorsTable indicators={task.indicators} />
          <ProgressSection points={progressPoints(task, updates)} />
          <UpdatesList updates={updates} />
          <CommentsSection comments={comments} action={canComment ? addCommentAction.bind(null, task.id) : null} />
          <TaskHistory
            rows={history}
            names={{ units: unitName, people: personName, priorities: new Map(priorities.map((p) => [p.id, `${p.code}. ${p.title}`])) }}
          />
        </div>
      </div>
    </>
  );
}
