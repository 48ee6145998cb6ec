import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/db/policy';
import { listPlans } from '@/db/queries/plans';
import { PlanTable } from '@/components/plans/plan-table';
import { requireViewer } from '@/app/lib/page-viewer';
import { setPlanStatusAction, startNextYearPlanAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('plans');
  return { title: t('title') };
}

export default async function PlansPage() {
  const viewer = await requireViewer();
  const plans = await listPlans(await getDb(), viewer);
  const t = await getTranslations('plans');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {plans.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <section className="card" aria-label={t('listLabel')}>
          <PlanTable
            plans={plans}
            actions={can(viewer, 'plan.manage') ? { setStatus: setPlanStatusAction, startNextYear: startNextYearPlanAction } : undefined}
          />
        </section>
      )}
    </>
  );
}
