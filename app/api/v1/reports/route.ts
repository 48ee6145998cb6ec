import { getDb } from '@/db/client';
import { periodicReport, reportInput } from '@/db/queries/reports';
import { apiRoute } from '@/app/lib/api';
import { withExportSlot } from '@/app/lib/export-slots';
import { reportWorkbook } from '@/app/lib/report-export';
import { appToday } from '@/app/lib/today';
import { XLSX_TYPE } from '@/app/lib/xlsx';

/** A periodic report (month, quarter, half, year) as JSON, or as XLSX with format=xlsx. */
export const GET = apiRoute(async ({ request, viewer }) => withExportSlot(async () => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const report = await periodicReport(await getDb(), viewer, reportInput.parse(params));
  if (params.format !== 'xlsx') return report;
  const file = await reportWorkbook(report, appToday());
  const name = `bao-cao-${report.period.kind}-${report.period.year}-${report.period.index}.xlsx`;
  return new Response(file, { headers: { 'Content-Type': XLSX_TYPE, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'private, no-store' } });
}));
