import { getTranslations } from 'next-intl/server';
import type { DeadlineRow } from '@/db/queries/dashboard';
import { DeadlineTable } from './deadline-table';
import { drillHref } from './drill';
import type { DrillScope } from './types';

type Props = { data: Promise<{ overdue: DeadlineRow[]; upcoming: DeadlineRow[] }>; scope: DrillScope; days: number };

/** Who is late, and what falls due next: the two lists a leader acts on. */
export async function DeadlineLists({ data, scope, days }: Props) {
  const { overdue, upcoming } = await data;
  const t = await getTranslations('dashboard.lists');
  return (
    <>
      <DeadlineTable
        id="list-overdue"
        kind="overdue"
        title={t('overdueTitle')}
        rows={overdue}
        empty={t('overdueEmpty')}
        more={{ href: drillHref(scope, { timeliness: 'overdue', sort: 'dueDate' }), label: t('overdueAll') }}
      />
      <DeadlineTable id="list-upcoming" kind="upcoming" title={t('upcomingTitle', { days })} rows={upcoming} empty={t('upcomingEmpty', { days })} />
    </>
  );
}
