import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listUnitsForAdmin } from '@/db/queries/units';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { CreateUnitForm } from '@/components/admin/create-unit-form';
import { AdminRefusal } from '@/components/admin/forbidden-notice';
import { UnitEditForm } from '@/components/admin/unit-edit-form';
import { descendantsOf, unitOptions, unitTree } from '@/components/admin/unit-tree';
import { Badge } from '@/components/ui/badge';
import styles from '@/components/admin/admin.module.css';
import { formatDay, formatNumber } from '@/app/lib/format';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadOrRefuse } from '@/app/lib/refusal';
import { appToday } from '@/app/lib/today';
import { createUnitAction, setUnitActiveAction, updateUnitAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.units');
  return { title: t('title') };
}

type Props = { searchParams: Promise<{ edit?: string }> };

export default async function UnitsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const db = await getDb();
  const t = await getTranslations();
  const loaded = await loadOrRefuse(() => listUnitsForAdmin(db, viewer));
  if (!loaded.ok) return <AdminRefusal messageKey={loaded.messageKey} />;

  const units = loaded.data;
  const tree = unitTree(units);
  const options = unitOptions(units);
  const { edit } = await searchParams;
  const editing = units.find((u) => String(u.id) === edit);
  const parentName = new Map(units.map((u) => [u.id, u.name]));

  return (
    <>
      <p className={styles.breadcrumb}>
        <Link href="/admin">{t('admin.index.title')}</Link>
      </p>
      <div className={styles.pageHead}>
        <h1>{t('admin.units.title')}</h1>
        <span className="muted">{t('admin.units.count', { count: units.length, inactive: units.filter((u) => !u.active).length })}</span>
      </div>

      {editing && (
        <section key={editing.id} id="unit-panel" className={`card ${styles.panel}`} aria-labelledby="unit-panel-title">
          <div className={styles.panelHead}>
            <h2 id="unit-panel-title">
              {editing.name} <span className={`muted ${styles.code}`}>{editing.code}</span>
            </h2>
            <Link href="/admin/units" className={styles.rowLink}>
              {t('admin.units.close')}
            </Link>
          </div>
          <div className={styles.sections}>
            <div className={styles.section}>
              <h3>{t('admin.units.sections.details')}</h3>
              <p className="muted">
                {editing.parentId !== null
                  ? t('admin.units.sections.currentParent', { parent: parentName.get(editing.parentId) ?? '' })
                  : t('admin.units.sections.topLevel')}
              </p>
              <UnitEditForm action={updateUnitAction} unit={editing} units={options} descendants={descendantsOf(units, editing.id)} />
            </div>
            <div className={styles.section}>
              <h3>{t('admin.units.sections.status')}</h3>
              <p className="muted">
                {editing.active ? t('admin.units.sections.deactivateHint', { count: editing.accountCount }) : t('admin.units.sections.reactivateHint')}
              </p>
              <ConfirmButtonForm
                action={setUnitActiveAction}
                fields={{ id: editing.id, version: editing.version, active: String(!editing.active) }}
                label={editing.active ? t('admin.units.deactivate') : t('admin.units.reactivate')}
                pendingLabel={t('admin.units.form.saving')}
              />
            </div>
          </div>
        </section>
      )}

      <details className={`card ${styles.disclosure}`}>
        <summary>{t('admin.units.create')}</summary>
        <CreateUnitForm action={createUnitAction} units={options} today={appToday()} />
      </details>

      <section className="card" aria-labelledby="units-table-title">
        <h2 id="units-table-title" className="visually-hidden">
          {t('admin.units.listTitle')}
        </h2>
        <div className="table-wrap">
          <table className={styles.stack}>
            <thead>
              <tr>
                <th scope="col">{t('admin.units.columns.name')}</th>
                <th scope="col" className="hide-sm">
                  {t('admin.units.columns.code')}
                </th>
                <th scope="col">{t('admin.units.columns.kind')}</th>
                <th scope="col" className="hide-sm">
                  {t('admin.units.columns.validity')}
                </th>
                <th scope="col">{t('admin.units.columns.state')}</th>
                <th scope="col" className="num hide-sm">
                  {t('admin.units.columns.accounts')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.units.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tree.map((u) => (
                <tr key={u.id} className={u.id === editing?.id ? styles.selected : undefined}>
                  <td>
                    <span className={styles.treeName} style={{ '--depth': u.depth } as React.CSSProperties}>
                      {u.depth > 0 && (
                        <span className={styles.treeBranch} aria-hidden="true">
                          └
                        </span>
                      )}
                      {u.depth === 0 ? <strong>{u.name}</strong> : u.name}
                    </span>
                  </td>
                  <td className={`hide-sm ${styles.code}`}>{u.code}</td>
                  <td data-label={t('admin.units.columns.kind')}>{t(`admin.units.kinds.${u.kind}`)}</td>
                  <td className={`hide-sm ${styles.nowrap}`}>
                    {u.validTo
                      ? t('admin.units.validRange', { from: formatDay(u.validFrom), to: formatDay(u.validTo) })
                      : t('admin.units.validSince', { from: formatDay(u.validFrom) })}
                  </td>
                  <td>{u.active ? <Badge tone="ok">{t('admin.units.state.active')}</Badge> : <Badge tone="neutral">{t('admin.units.state.inactive')}</Badge>}</td>
                  <td className="num hide-sm">{formatNumber(u.accountCount)}</td>
                  <td>
                    <Link href={`/admin/units?edit=${u.id}#unit-panel`} className={styles.rowLink} aria-label={t('admin.units.manageNamed', { name: u.name })}>
                      {t('admin.units.manage')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
