import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Report, ReportSummaryRow } from '@/db/queries/reports';
import { formatDay } from './format';
import { workbook } from './xlsx';

const SUMMARY_KEYS = ['tasks', 'completedOnTime', 'completedLate', 'onSchedule', 'atRisk', 'overdue', 'notStarted', 'weightedProgress'] as const;

/** The report's title and period lines, shared by the printable page and the XLSX file. */
export async function reportHeading(report: Report, today: string): Promise<{ department: string; title: string; period: string; regime: string; generatedOn: string }> {
  const t = await getTranslations('reports');
  return {
    department: t('department'),
    title: `${t(`kinds.${report.period.kind}`, { index: report.period.index, year: report.period.year })} — ${report.plan.title}`,
    period: t('period', { from: formatDay(report.period.from), to: formatDay(report.period.to) }),
    regime: t('regime'),
    generatedOn: t('generatedOn', { date: formatDay(today) }),
  };
}

export async function reportWorkbook(report: Report, today: string): Promise<Uint8Array<ArrayBuffer>> {
  const t = await getTranslations();
  const h = await reportHeading(report, today);
  const heading = [h.department, h.title, h.period, h.generatedOn];
  const summaryColumns = [{ header: t('reports.summaryColumns.label'), width: 48 }, ...SUMMARY_KEYS.map((k) => ({ header: t(`reports.summaryColumns.${k}`), width: 14 }))];
  const summaryRows = (rows: ReportSummaryRow[]) => rows.map((r) => [r.label, ...SUMMARY_KEYS.map((k) => r[k])]);
  const taskKeys = ['code', 'title', 'priority', 'leadUnit', 'supportingUnits', 'startDate', 'dueDate', 'status', 'timeliness', 'progress', 'completedOn', 'indicators', 'lastUpdate', 'lastNote', 'updatesInPeriod'] as const;
  const widths: Partial<Record<(typeof taskKeys)[number], number>> = { title: 50, leadUnit: 28, supportingUnits: 30, indicators: 40, lastNote: 40 };
  return workbook([
    { name: t('reports.sheets.byPriority'), heading, columns: summaryColumns, rows: summaryRows(report.byPriority) },
    { name: t('reports.sheets.byUnit'), heading, columns: summaryColumns, rows: summaryRows(report.byUnit) },
    {
      name: t('reports.sheets.tasks'),
      heading,
      columns: taskKeys.map((k) => ({ header: t(`reports.taskColumns.${k}`), width: widths[k] ?? 14 })),
      rows: report.tasks.map((r) => [
        r.code,
        r.title,
        r.priorityCode,
        r.leadUnitName,
        r.supportingUnitNames,
        formatDay(r.startDate),
        formatDay(r.dueDate),
        t(`status.${r.status}`),
        t(`timeliness.${r.timeliness}`),
        r.progress,
        formatDay(r.completedOn),
        r.indicators,
        formatDay(r.lastUpdateAt),
        r.lastUpdateNote,
        r.updatesInPeriod,
      ]),
    },
  ]);
}
