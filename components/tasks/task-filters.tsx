import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TIMELINESS } from '@/db/domain/timeliness';
import type { OwnerOption } from '@/db/queries/people';
import type { PlanSummary } from '@/db/queries/plans';
import type { ListTasksInput } from '@/db/queries/task-inputs';
import type { UnitDto } from '@/db/queries/units';
import { formatDay } from '@/app/lib/format';
import { TaskFilterForm } from './task-filter-form';
import { STATUSES } from './task-statuses';
import { taskHref, type TaskQuery } from './task-query';
import styles from './tasks.module.css';

type Sort = ListTasksInput['sort'];
const SORT_LABEL_KEYS: Record<Sort, string> = {
  code: 'code',
  dueDate: 'dueDate',
  '-dueDate': 'dueDateDesc',
  progress: 'progress',
  '-progress': 'progressDesc',
  title: 'title',
  '-updatedAt': 'updatedAtDesc',
};

const SORTS = Object.keys(SORT_LABEL_KEYS) as Sort[];

const UNIT_GROUPS: UnitDto['kind'][] = ['leadership', 'division', 'district', 'commune', 'external'];

type Props = {
  action: string;
  query: TaskQuery;
  plans: PlanSummary[];
  priorities: { id: number; code: string; title: string }[];
  units: UnitDto[];
  owners: OwnerOption[];
  /** When non-zero, the owner filter waits for a unit: there are this many owners in all. */
  ownersHidden?: number;
  /** The list sorts; the board and the timeline have their own order. */
  showSort: boolean;
};

export async function TaskFilters({ action, query, plans, priorities, units, owners, ownersHidden = 0, showSort }: Props) {
  const t = await getTranslations();
  const f = (key: string) => t(`tasks.filters.${key}`);
  const value = (v: string | number | undefined) => (v === undefined ? '' : String(v));
  const values = {
    q: value(query.q),
    plan: value(query.plan),
    priority: value(query.priority),
    unit: value(query.unit),
    status: value(query.status),
    timeliness: value(query.timeliness),
    owner: value(query.owner),
    dueFrom: value(query.dueFrom),
    dueTo: value(query.dueTo),
    sort: value(query.sort),
  };
  const { sort: _sort, ...filterValues } = values;

  // On paper the form is not printed: what it filters by is written out instead.
  const active = [
    query.q && `${f('search')}: “${query.q}”`,
    query.priority !== undefined && `${f('priority')}: ${priorities.find((p) => p.id === query.priority)?.code ?? query.priority}`,
    query.unit !== undefined && `${f('unit')}: ${units.find((u) => u.id === query.unit)?.name ?? query.unit}`,
    query.status && `${f('status')}: ${t(`status.${query.status}`)}`,
    query.timeliness && `${f('timeliness')}: ${t(`timeliness.${query.timeliness}`)}`,
    query.owner !== undefined && `${f('owner')}: ${owners.find((o) => o.id === query.owner)?.name ?? query.owner}`,
    query.dueFrom && `${f('dueFrom')}: ${formatDay(query.dueFrom)}`,
    query.dueTo && `${f('dueTo')}: ${formatDay(query.dueTo)}`,
  ].filter((x): x is string => Boolean(x));

  return (
    <>
      {active.length > 0 && <p className={styles.printOnly}>{f('summary')} {active.join(' · ')}</p>}
      <TaskFilterForm action={action} label={f('label')} values={showSort ? values : filterValues} className={`card no-print ${styles.filters}`}>
        <div className={styles.searchRow}>
          <div className={`field ${styles.searchField}`}>
            <label htmlFor="task-q">{f('search')}</label>
            <input id="task-q" name="q" type="search" defaultValue={values.q} aria-describedby="task-q-hint" maxLength={200} autoComplete="off" />
            <span id="task-q-hint" className={`muted ${styles.hint}`}>
              {f('searchHint')}
            </span>
          </div>
          <div className={`field ${styles.planField}`}>
            <label htmlFor="task-plan">{f('plan')}</label>
            <select id="task-plan" name="plan" defaultValue={values.plan}>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} ({t(`planStatus.${p.status}`)})
                </option>
              ))}
            </select>
          </div>
        </div>

        <div className={styles.filterGrid}>
          <Select id="task-priority" name="priority" label={f('priority')} all={f('all')} value={values.priority}>
            {priorities.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code}. {p.title}
              </option>
            ))}
          </Select>
          <Select id="task-unit" name="unit" label={f('unit')} all={f('all')} value={values.unit}>
            {UNIT_GROUPS.map((kind) => {
              const group = units.filter((u) => u.kind === kind);
              return group.length === 0 ? null : (
                <optgroup key={kind} label={f(`unitGroups.${kind}`)}>
                  {group.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </Select>
          <Select id="task-status" name="status" label={f('status')} all={f('all')} value={values.status}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </Select>
          <Select id="task-timeliness" name="timeliness" label={f('timeliness')} all={f('all')} value={values.timeliness}>
            {TIMELINESS.map((s) => (
              <option key={s} value={s}>
                {t(`timeliness.${s}`)}
              </option>
            ))}
          </Select>
          <Select id="task-owner" name="owner" label={f('owner')} all={f('all')} value={values.owner} hint={ownersHidden ? t('tasks.filters.ownerNeedsUnit', { count: ownersHidden }) : undefined}>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
          <div className="field">
            <label htmlFor="task-due-from">{f('dueFrom')}</label>
            <input id="task-due-from" name="dueFrom" type="date" defaultValue={values.dueFrom} />
          </div>
          <div className="field">
            <label htmlFor="task-due-to">{f('dueTo')}</label>
            <input id="task-due-to" name="dueTo" type="date" defaultValue={values.dueTo} />
          </div>
          {showSort && (
            <div className="field">
              <label htmlFor="task-sort">{f('sort')}</label>
              <select id="task-sort" name="sort" defaultValue={values.sort || 'code'}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`tasks.sort.${SORT_LABEL_KEYS[s]}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {query.pageSize !== undefined && query.pageSize !== 50 && <input type="hidden" name="pageSize" value={query.pageSize} />}

        <div className={styles.formActions}>
          <button type="submit" className="button">
            {f('apply')}
          </button>
          <Link className={`button secondary ${styles.secondaryAction}`} href={taskHref(action, { plan: query.plan })}>
            {f('clear')}
          </Link>
        </div>
      </TaskFilterForm>
    </>
  );
}

function Select({ id, name, label, all, value, hint, children }: { id: string; name: string; label: string; all: string; value: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} aria-describedby={hint ? `${id}-hint` : undefined}>
        <option value="">{all}</option>
        {children}
      </select>
      {hint && (
        <span id={`${id}-hint`} className={`muted ${styles.hint}`}>
          {hint}
        </span>
      )}
    </div>
  );
}
