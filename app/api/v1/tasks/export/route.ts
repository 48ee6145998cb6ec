import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { exportTasks } from '@/db/queries/export';
import { listTasksInput } from '@/db/queries/task-inputs';
import { listUnits } from '@/db/queries/units';
import { apiRoute } from '@/app/lib/api';
import { toCsv } from '@/app/lib/csv';
import { workbook, XLSX_TYPE } from '@/app/lib/xlsx';
import { formatDay } from '@/app/lib/format';
import { appToday } from '@/app/lib/today';
import { withExportSlot } from '@/app/lib/export-slots';

/** The task list with the same filters as the page, as CSV (UTF-8 with BOM) or XLSX (format=xlsx). */
export const GET = apiRoute(async ({ request, viewer }) => withExportSlot(async () => {
  const { format, ...params } = Object.fromEntries(new URL(request.url).searchParams);
  const input = listTasksInput.parse(params);
  const db = await getDb();
  const today = appToday();
  const [tasks, units] = [await exportTasks(db, viewer, input, today), await listUnits(db, viewer)];
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const t = await getTranslations();
  const header = ['code', 'title', 'leadUnit', 'supportingUnits', 'startDate', 'dueDate', 'status', 'timeliness', 'progress'].map((k) => t(`export.columns.${k}`));
  const rows = tasks.map((task) => [
    task.code,
    task.title,
    unitName.get(task.leadUnitId) ?? '',
    task.supportingUnitIds.map((id) => unitName.get(id) ?? '').join('; '),
    formatDay(task.startDate),
    formatDay(task.dueDate),
    t(`status.${task.status}`),
    t(`timeliness.${task.timeliness}`),
    task.progress,
  ]);
  if (format === 'xlsx') {
    const file = await workbook([{ name: t('export.sheet'), columns: header.map((h, i) => ({ header: h, width: i === 1 ? 50 : 18 })), rows }]);
    return new Response(file, { headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': `attachment; filename="nhiem-vu-${today}.xlsx"`, 'Cache-Control': 'private, no-store' } });
  }
  return new Response(toCsv(header, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="nhiem-vu-${today}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}));
