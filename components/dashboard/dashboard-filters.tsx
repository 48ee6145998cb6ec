import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PlanSummary } from '@/db/queries/plans';
import type { UnitDto } from '@/db/queries/units';
import { TaskFilterForm } from '@/components/tasks/task-filter-form';
import type { DrillScope, PriorityOption } from './types';
import styles from './dashboard.module.css';

const UNIT_GROUPS: UnitDto['kind'][] = ['leadership', 'division', 'district', 'commune', 'external'];

type Props = { scope: DrillScope; plans: PlanSummary[]; priorities: PriorityOption[]; units: UnitDto[] };

/**
 * Plan, priority and unit, kept in the URL: a GET form that works without JavaScript and, with it,
 * applies a choice at once (the task list's filter form).
 */
export async function DashboardFilters({ scope, plans, priorities, units }: Props) {
  const t = await getTranslations();
  const f = (key: string) => t(`dashboard.filters.${key}`);
  const values = { plan: String(scope.plan), priority: scope.priority ? String(scope.priority) : '', unit: scope.unit ? String(scope.unit) : '' };
  const filtered = scope.priority !== undefined || scope.unit !== undefined;
  const active = [
    scope.priority !== undefined && `${f('priority')}: ${priorities.find((p) => p.id === scope.priority)?.code ?? ''}`,
    scope.unit !== undefined && `${f('unit')}: ${units.find((u) => u.id === scope.unit)?.name ?? ''}`,
  ].filter((x): x is string => Boolean(x));

  return (
    <>
      {active.length > 0 && <p className={styles.printOnly}>{f('summary')} {active.join(' · ')}</p>}
      <TaskFilterForm action="/" label={f('label')} values={values} className={`card no-print ${styles.filters}`}>
        <div className="field">
          <label htmlFor="dashboard-plan">{f('plan')}</label>
          <select id="dashboard-plan" name="plan" defaultValue={values.plan}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({t(`planStatus.${p.status}`)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dashboard-priority">{f('priority')}</label>
          <select id="dashboard-priority" name="priority" defaultValue={values.priority}>
            <option value="">{f('all')}</option>
            {priorities.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code}. {p.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dashboard-unit">{f('unit')}</label>
          <select id="dashboard-unit" name="unit" defaultValue={values.unit}>
            <option value="">{f('all')}</option>
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
          </select>
        </div>
        <div className={styles.filterActions}>
          <button type="submit" className="button">
            {f('apply')}
          </button>
          {filtered && (
            <Link className="button secondary" href={`/?plan=${scope.plan}`}>
              {f('clear')}
            </Link>
          )}
        </div>
      </TaskFilterForm>
    </>
  );
}
