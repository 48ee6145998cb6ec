import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listAudit, listAuditFacets, listAuditInput } from '@/db/queries/audit';
import { AdminRefusal } from '@/components/admin/forbidden-notice';
import { AuditDiff } from '@/components/audit/audit-diff';
import styles from '@/components/admin/admin.module.css';
import { formatInstant } from '@/app/lib/format-time';
import { requireViewer } from '@/app/lib/page-viewer';
import { loadOrRefuse } from '@/app/lib/refusal';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<{ entity?: string; actor?: string; before?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const db = await getDb();
  const t = await getTranslations();
  const params = await searchParams;
  // A filter that does not parse is ignored rather than refused: the page still shows the log.
  const parsed = listAuditInput.safeParse({
    entity: params.entity || undefined,
    actorId: params.actor || undefined,
    before: params.before || undefined,
    limit: PAGE_SIZE + 1,
  });
  const input = parsed.success ? parsed.data : { limit: PAGE_SIZE + 1 };
  const loaded = await loadOrRefuse(() => Promise.all([listAudit(db, viewer, input), listAuditFacets(db, viewer)]));
  if (!loaded.ok) return <AdminRefusal messageKey={loaded.messageKey} />;

  const [rows, facets] = loaded.data;
  const page = rows.slice(0, PAGE_SIZE);
  const older = rows.length > PAGE_SIZE ? page.at(-1)?.id : undefined;
  const entityLabel = (entity: string) => (t.has(`audit.entities.${entity}`) ? t(`audit.entities.${entity}`) : entity);
  const actionLabel = (action: string) => (t.has(`audit.actions.${action}`) ? t(`audit.actions.${action}`) : action);
  const link = (extra: Record<string, string | number | undefined>) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ entity: input.entity, actor: input.actorId, ...extra })) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    const text = query.toString();
    return text ? `/audit?${text}` : '/audit';
  };
  const filtered = input.entity !== undefined || input.actorId !== undefined;

  return (
    <>
      <div className={styles.pageHead}>
        <h1>{t('audit.title')}</h1>
      </div>
      <p className="muted">{t('audit.intro')}</p>

      <form className={`card ${styles.filters}`} method="get" action="/audit" aria-label={t('audit.filters.label')}>
        <div className="field">
          <label htmlFor="audit-entity">{t('audit.filters.entity')}</label>
          <select id="audit-entity" name="entity" defaultValue={input.entity ?? ''}>
            <option value="">{t('audit.filters.allEntities')}</option>
            {facets.entities.map((entity) => (
              <option key={entity} value={entity}>
                {entityLabel(entity)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">{t('audit.filters.actor')}</label>
          <select id="audit-actor" name="actor" defaultValue={input.actorId ?? ''}>
            <option value="">{t('audit.filters.allActors')}</option>
            {facets.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name} — {actor.email}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button">
            {t('audit.filters.apply')}
          </button>
          {filtered && (
            <Link href="/audit" className={styles.rowLink}>
              {t('audit.filters.clear')}
            </Link>
          )}
        </div>
      </form>

      <section className="card" aria-labelledby="audit-table-title">
        <h2 id="audit-table-title" className="visually-hidden">
          {t('audit.listTitle')}
        </h2>
        {page.length === 0 ? (
          <p className="muted">{t('audit.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('audit.columns.time')}</th>
                  <th scope="col">{t('audit.columns.actor')}</th>
                  <th scope="col">{t('audit.columns.action')}</th>
                  <th scope="col">{t('audit.columns.entity')}</th>
                  <th scope="col">{t('audit.columns.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {page.map((row) => (
                  <tr key={row.id}>
                    <td className={styles.nowrap}>{formatInstant(row.at)}</td>
                    <td>{row.actorName ?? <span className="muted">{t('audit.noActor')}</span>}</td>
                    <td title={row.action}>{actionLabel(row.action)}</td>
                    <td className={styles.nowrap}>
                      {row.taskId !== null ? (
                        <Link href={`/tasks/${row.taskId}`}>
                          {entityLabel(row.entity)} #{row.entityId}
                        </Link>
                      ) : (
                        <>
                          {entityLabel(row.entity)} #{row.entityId}
                        </>
                      )}
                    </td>
                    <td>
                      <AuditDiff
                        before={row.before}
                        after={row.after}
                        toLabel={t('audit.changedTo')}
                        emptyLabel={t('audit.noFields')}
                        moreLabel={(n) => t('audit.moreFields', { count: n })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav className={styles.pager} aria-label={t('audit.paging')}>
          {input.before !== undefined ? <Link href={link({})}>{t('audit.newest')}</Link> : <span />}
          {older !== undefined && <Link href={link({ before: older })}>{t('audit.older')}</Link>}
        </nav>
      </section>
    </>
  );
}
