import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TaskDto } from '@/db/queries/task-dto';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { TimelinessBadge } from '@/components/tasks/timeliness-badge';
import styles from './task-page.module.css';

const STATUS_TONE: Record<TaskDto['status'], BadgeTone> = {
  not_started: 'neutral',
  in_progress: 'info',
  awaiting_confirmation: 'warn',
  completed: 'ok',
  paused: 'neutral',
  cancelled: 'neutral',
};

type Props = { task: Pick<TaskDto, 'id' | 'code' | 'title' | 'status' | 'timeliness' | 'progress'>; priorityCode: string | null; canEdit: boolean };

export async function TaskHeader({ task, priorityCode, canEdit }: Props) {
  const t = await getTranslations();
  return (
    <header className={`card ${styles.header}`}>
      <div className={styles.headerTop}>
        <span className={styles.code}>
          {task.code}
          {priorityCode && <span className="muted"> · {t('taskPage.header.priority', { code: priorityCode })}</span>}
        </span>
        {canEdit && (
          <Link className="button secondary" href={`/tasks/${task.id}/edit`}>
            {t('taskPage.header.edit')}
          </Link>
        )}
      </div>
      <h1>{task.title}</h1>
      <div className={styles.badges}>
        <span className="visually-hidden">{t('taskPage.header.status')}:</span>
        <Badge tone={STATUS_TONE[task.status]}>
          <span data-testid="task-status">{t(`status.${task.status}`)}</span>
        </Badge>
        <span className="visually-hidden">{t('taskPage.header.timeliness')}:</span>
        <span data-testid="task-timeliness">
          <TimelinessBadge value={task.timeliness} label={t(`timeliness.${task.timeliness}`)} />
        </span>
      </div>
      <div className={styles.headerProgress}>
        <span>{t('taskPage.header.progress')}</span>
        <ProgressBar value={task.progress} label={t('taskPage.header.progressLabel', { code: task.code })} />
      </div>
    </header>
  );
}
