import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { PlanListItem } from '@/db/queries/plans';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import type { FormAction } from '@/components/admin/form-state';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { formatNumber } from '@/app/lib/format';
import styles from './plan-table.module.css';

const TONE: Record<PlanListItem['status'], BadgeTone> = { draft: 'neutral', active: 'ok', closed: 'info' };

type Props = {
  plans: PlanListItem[];
  /** Present only for those who may manage plans (the server checks again). */
  actions?: { setStatus: FormAction; startNextYear: FormAction };
};

/** The plans, newest year first, with the one next step each may take. */
export function PlanTable({ plans, actions }: Props) {
  const t = useTranslations();
  const startedFrom = new Set(plans.map((p) => p.previousPlanId));
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('plans.columns.year')}</th>
            <th scope="col">{t('plans.columns.title')}</th>
            <th scope="col">{t('plans.columns.status')}</th>
            <th scope="col" className="num">
              {t('plans.columns.tasks')}
            </th>
            {actions && <th scope="col">{t('plans.columns.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => {
            const previous = plans.find((p) => p.id === plan.previousPlanId);
            return (
              <tr key={plan.id}>
                <td>{plan.year}</td>
                <td>
                  <Link href={`/tasks?plan=${plan.id}`}>{plan.title}</Link>
                  {previous && <div className="muted">{t('plans.startedFrom', { year: previous.year })}</div>}
                </td>
                <td>
                  <Badge tone={TONE[plan.status]}>{t(`planStatus.${plan.status}`)}</Badge>
                </td>
                <td className="num">{formatNumber(plan.taskCount)}</td>
                {actions && (
                  <td>
                    <div className={styles.actions}>
                      {plan.status === 'draft' && (
                        <ConfirmButtonForm
                          action={actions.setStatus}
                          fields={{ id: plan.id, version: plan.version, status: 'active' }}
                          label={t('plans.actions.activate')}
                          pendingLabel={t('plans.actions.working')}
                          ariaLabel={t('plans.actions.activateLabel', { title: plan.title })}
                          tone="primary"
                        />
                      )}
                      {plan.status === 'active' && (
                        <details className={styles.confirm}>
                          <summary>{t('plans.actions.close')}</summary>
                          <p>{t('plans.actions.closeWarning')}</p>
                          <ConfirmButtonForm
                            action={actions.setStatus}
                            fields={{ id: plan.id, version: plan.version, status: 'closed' }}
                            label={t('plans.actions.closeConfirm')}
                            pendingLabel={t('plans.actions.working')}
                            ariaLabel={t('plans.actions.closeLabel', { title: plan.title })}
                          />
                        </details>
                      )}
                      {!startedFrom.has(plan.id) && (
                        <details className={styles.confirm}>
                          <summary>{t('plans.actions.startNext')}</summary>
                          <p>{t('plans.actions.startNextHint', { year: plan.year + 1 })}</p>
                          <ConfirmButtonForm
                            action={actions.startNextYear}
                            fields={{ fromPlanId: plan.id, version: plan.version }}
                            label={t('plans.actions.startNextConfirm', { year: plan.year + 1 })}
                            pendingLabel={t('plans.actions.working')}
                            ariaLabel={t('plans.actions.startNextLabel', { year: plan.year + 1, title: plan.title })}
                            tone="primary"
                          />
                        </details>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
