import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { daysBetween } from '@/db/domain/dates';
import { unitScorecard } from '@/db/queries/scorecards';
import { listTasksInput } from '@/db/queries/task-inputs';
import { listTasks } from '@/db/queries/tasks';
import { listUnits } from '@/db/queries/units';
import { rateText } from '@/components/units/ranking-table';
import { TaskListTable } from '@/components/units/task-list-table';
import styles from '@/components/units/units.module.css';
import { formatDay } from '@/app/lib/format';
import { requireViewer } from '@/app/lib/page-viewer';
import { appToday } from '@/app/lib/today';
import { planFromParams, type RawSearchParams } from '../plan-choice';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

/** A page lists at most this many tasks of a unit; the task list has the rest. */
const TASK_LIMIT = 200;

function unitId(raw: string): number {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  if (id <= 0) notFound();
  return id;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requireViewer();
  const id = unitId((await params).id);
  const unit = (await listUnits(await getDb(), viewer)).find((u) => u.id === id);
  const t = await getTranslations('units.scorecard');
  return { title: unit ? t('title', { unit: unit.name }) : undefined };
}

export default async function UnitScorecardPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const db = await getDb();
  const today = appToday();
  const id = unitId((await params).id);
  const [units, { plan }] = await Promise.all([listUnits(db, viewer), planFromParams(db, viewer, await searchParams)]);
  const unit = units.find((u) => u.id === id);
  if (!unit || !plan) notFound();

  const filter = { plan: plan.id, unit: id, pageSize: TASK_LIMIT, sort: 'dueDate' };
  const [card, all, overdue] = await Promise.all([
    unitScorecard(db, viewer, id, plan.id, today),
    listTasks(db, viewer, listTasksInput.parse(filter), today),
    listTasks(db, viewer, listTasksInput.parse({ ...filter, timeliness: 'overdue' }), today),
  ]);
  const t = await getTranslations('units.scorecard');
  const tUnits = await getTranslations('units');
  const unitNames = Object.fromEntries(units.map((u) => [u.id, u.name]));
  const leading = all.items.filter((task) => task.leadUnitId === id);
  const supporting = all.items.filter((task) => task.leadUnitId !== id);
  const overdueRows = overdue.items.map((task) => ({ ...task, daysLate: daysBetween(task.dueDate, today) }));
  const listHref = `/tasks?plan=${plan.id}&unit=${id}`;

  const stats = [
    { key: 'led', value: String(card.led) },
    { key: 'supported', value: String(card.supported) },
    { key: 'onTimeRate', value: rateText(card.onTimeRate, tUnits('rateNone')), detail: t('onTimeDetail', { onTime: card.completedOnTime, due: card.due }) },
    { key: 'overdue', value: String(card.overdue) },
    { key: 'atRisk', value: String(card.atRisk) },
    { key: 'completedLate', value: String(card.completedLate) },
  ];

  return (
    <>
      <nav aria-label={t('breadcrumb')} className={styles.breadcrumb}>
        <Link href={`/units?plan=${plan.id}`}>{t('back')}</Link> › <span aria-current="page">{unit.name}</span>
      </nav>
      <h1>{t('title', { unit: unit.name })}</h1>
      <p className="muted">{t('asOf', { plan: plan.title, date: formatDay(today) })}</p>
      <section className="stats" aria-label={t('stats')} data-testid="scorecard">
        {stats.map((s) => (
          <div className="stat" key={s.key} data-testid={`stat-${s.key}`}>
            <div className="value">{s.value}</div>
            <div className="label">{t(s.key)}</div>
            {s.detail && <div className={styles.statDetail}>{s.detail}</div>}
          </div>
        ))}
      </section>

      <section className="card" aria-labelledby="overdue-title" data-testid="overdue-list">
        <h2 id="overdue-title">{t('overdueTitle')}</h2>
        {overdueRows.length === 0 ? (
          <p className="muted">{t('overdueEmpty')}</p>
        ) : (
          <TaskListTable items={overdueRows} caption={t('overdueTitle')} unitNames={unitNames} showDaysLate />
        )}
      </section>

      {all.total > all.items.length && (
        <p className="muted">
          {t('truncated', { shown: all.items.length, total: all.total })} <Link href={listHref}>{t('all')}</Link>
        </p>
      )}
      {[
        { key: 'leading', items: leading, hideLeadUnit: true },
        { key: 'supporting', items: supporting, hideLeadUnit: false },
      ].map((group) => (
        <section key={group.key} className="card" aria-labelledby={`${group.key}-title`} data-testid={`${group.key}-tasks`}>
          <h2 id={`${group.key}-title`}>
            {t(group.key)} ({group.items.length})
          </h2>
          {group.items.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <TaskListTable items={group.items} caption={t(group.key)} unitNames={unitNames} hideLeadUnit={group.hideLeadUnit} />
          )}
        </section>
      ))}
    </>
  );
}
