import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { TaskDto } from '@/db/queries/task-dto';
import { formatDay, formatNumber } from './format';
import styles from './task-page.module.css';

export type TaskNames = {
  plan: string | null;
  priority: string | null;
  parent: { id: number; code: string; title: string } | null;
  leadUnit: string;
  supportingUnits: string[];
  owner: string | null;
};

type Props = { task: TaskDto; names: TaskNames };

export async function TaskDetails({ task, names }: Props) {
  const t = await getTranslations('taskPage.details');
  const none = t('none');
  const rows: [string, React.ReactNode][] = [
    [t('plan'), names.plan ?? none],
    [t('priority'), names.priority ?? none],
    [
      t('parent'),
      names.parent ? (
        <Link href={`/tasks/${names.parent.id}`}>
          {names.parent.code} · {names.parent.title}
        </Link>
      ) : (
        none
      ),
    ],
    [t('leadUnit'), names.leadUnit],
    [t('supportingUnits'), names.supportingUnits.length ? names.supportingUnits.join('; ') : none],
    [t('owner'), names.owner ?? none],
    [t('startDate'), formatDay(task.startDate)],
    [t('dueDate'), formatDay(task.dueDate)],
    [t('weight'), formatNumber(task.weight)],
  ];
  if (task.completionRequestedOn) rows.push([t('completionRequestedOn'), formatDay(task.completionRequestedOn)]);
  if (task.completedOn) rows.push([t('completedOn'), formatDay(task.completedOn)]);
  if (task.cancelReason) rows.push([t('cancelReason'), task.cancelReason]);
  return (
    <section className="card" aria-labelledby="task-details">
      <h2 id="task-details">{t('title')}</h2>
      {task.description && (
        <>
          <h3 className="visually-hidden">{t('description')}</h3>
          <p className={styles.description}>{task.description}</p>
        </>
      )}
      <dl className={styles.details}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.detailRow}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
