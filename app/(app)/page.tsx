import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getPlanOverview } from '@/db/queries/plans';
import { TimelinessBadge } from '@/components/tasks/timeliness-badge';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatDay } from '@/app/lib/format';
import { appToday } from '@/app/lib/today';
import { requireViewer } from '@/app/lib/page-viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shell.nav');
  return { title: t('home') };
}

export default async function HomePage() {
  const viewer = await requireViewer();
  const today = appToday();
  const overview = await getPlanOverview(await getDb(), viewer, { today });
  const t = await getTranslations();
  if (!overview) return <p>{t('home.noPlan')}</p>;

  const all = overview.priorities.flatMap((p) => p.tasks);
  const count = (pred: (x: (typeof all)[number]) => boolean) => all.filter(pred).length;
  const stats = [
    { label: t('home.summary.tasks'), value: all.length },
    { label: t('home.summary.completed'), value: count((x) => x.status === 'completed') },
    { label: t('home.summary.overdue'), value: count((x) => x.timeliness === 'overdue') },
    { label: t('home.summary.atRisk'), value: count((x) => x.timeliness === 'at_risk') },
  ];

  return (
    <>
      <h1>{overview.plan.title}</h1>
      <p className="muted">
        {t(`planStatus.${overview.plan.status}`)} · {t('home.asOf', { date: formatDay(today) })}
      </p>
      <section className="stats" aria-label={t('home.summary.tasks')}>
        {stats.map((s) => (
          <div className="stat" key={s.label}>
            <div className="value">{s.value}</div>
            <div className="label">{s.label}</div>
          </div>
        ))}
      </section>
      {overview.priorities.map((priority) => (
        <section key={priority.id} className="card priority" aria-labelledby={`priority-${priority.id}`}>
          <div className="priority-head">
            <h2 id={`priority-${priority.id}`}>
              {priority.code}. {priority.title}
            </h2>
            <span className="muted">{t('home.taskCount', { count: priority.tasks.length })}</span>
          </div>
          <p className="muted">
            {t('home.legalBasis', {
              basis: priority.legalBasisDate ? `${priority.legalBasis} (${formatDay(priority.legalBasisDate)})` : priority.legalBasis,
            })}{' '}
            · {t('home.leadUnit', { unit: priority.leadUnitName })}
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('home.columns.code')}</th>
                  <th scope="col">{t('home.columns.title')}</th>
                  <th scope="col" className="hide-sm">{t('home.columns.leadUnit')}</th>
                  <th scope="col" className="hide-sm">{t('home.columns.owner')}</th>
                  <th scope="col">{t('home.columns.dueDate')}</th>
                  <th scope="col">{t('home.columns.timeliness')}</th>
                  <th scope="col">{t('home.columns.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {priority.tasks.map((task) => (
                  <tr key={task.id}>
                    <td>{task.code}</td>
                    <td>
                      {task.title}
                      <div className="muted">{t(`status.${task.status}`)}</div>
                    </td>
                    <td className="hide-sm">{task.leadUnitName}</td>
                    <td className="hide-sm">{task.ownerName}</td>
                    <td>{formatDay(task.dueDate)}</td>
                    <td>
                      <TimelinessBadge value={task.timeliness} label={t(`timeliness.${task.timeliness}`)} />
                    </td>
                    <td>
                      <ProgressBar value={task.progress} label={`${task.code} ${t('home.columns.progress')}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
