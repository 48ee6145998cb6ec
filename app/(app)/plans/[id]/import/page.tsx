import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { can } from '@/db/policy';
import { listPlanChoices } from '@/db/queries/plans';
import { ForbiddenNotice } from '@/components/admin/forbidden-notice';
import { ImportWizard } from '@/components/plan-import/import-wizard';
import styles from '@/components/plan-import/import.module.css';
import { requireViewer } from '@/app/lib/page-viewer';
import { importSheetAction } from './actions';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('import');
  return { title: t('title') };
}

export default async function PlanImportPage({ params }: Params) {
  const viewer = await requireViewer();
  const t = await getTranslations('import');
  // Who may import is decided again by previewImport/commitImport; this only spares a useless form.
  if (!can(viewer, 'task.create')) return <ForbiddenNotice title={t('forbiddenTitle')} message={t('forbidden')} backLabel={t('back')} />;
  const raw = (await params).id;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  const plan = (await listPlanChoices(await getDb(), viewer)).find((p) => p.id === id);
  if (!plan) notFound();

  return (
    <>
      <nav aria-label={t('breadcrumb')} className={styles.breadcrumb}>
        <Link href="/plans">{t('plans')}</Link> › <span>{plan.title}</span>
      </nav>
      <h1>{t('title')}</h1>
      <p className="muted">{plan.title}</p>
      <p>{t('intro')}</p>
      {plan.status === 'closed' ? (
        <p className="card" role="status">
          {t('closed')}
        </p>
      ) : (
        <ImportWizard action={importSheetAction.bind(null, plan.id)} planId={plan.id} planTitle={plan.title} />
      )}
    </>
  );
}
