import 'server-only';
import { getTranslations } from 'next-intl/server';
import { detectEvidenceType } from '@/db/domain/file-type';
import { AppError } from '@/db/errors';
import { IMPORT_COLUMNS, type ImportRow } from '@/db/queries/task-import';
import { readSheetRows, workbook } from './xlsx';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Reads an uploaded import sheet; anything that is not an XLSX file is refused before parsing. */
export async function readImportFile(file: FormDataEntryValue | null): Promise<ImportRow[]> {
  // A text field named "file" is no file.
  if (!file || typeof file === 'string' || file.size === 0) throw new AppError('invalid', 'invalid', { fields: { file: ['required'] } });
  if (file.size > MAX_IMPORT_BYTES) throw new AppError('too_large', 'importTooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (detectEvidenceType(bytes) !== 'xlsx') throw new AppError('unsupported_type', 'importNotXlsx');
  try {
    return await readSheetRows(bytes);
  } catch {
    throw new AppError('unsupported_type', 'importNotXlsx');
  }
}

/** The template: the expected columns, one example row, and the codes to use on a second sheet. */
export async function importTemplate(codes: { priorities: { code: string; title: string }[]; units: { code: string; name: string }[] }): Promise<Uint8Array<ArrayBuffer>> {
  const t = await getTranslations('import');
  return workbook([
    {
      name: t('sheetTasks'),
      columns: IMPORT_COLUMNS.map((k) => ({ header: t(`columns.${k}`), width: k === 'title' || k === 'description' ? 40 : 18 })),
      rows: [[codes.priorities[0]?.code ?? 'NV1', 'NV1.99', t('example.title'), t('example.description'), codes.units[0]?.code ?? 'QLKH', '', '', '01/03/2021', '30/11/2021', 1, t('example.indicator'), t('example.unit'), 2]],
    },
    {
      name: t('sheetCodes'),
      columns: [{ header: t('codes.kind'), width: 18 }, { header: t('codes.code'), width: 14 }, { header: t('codes.name'), width: 60 }],
      rows: [...codes.priorities.map((p) => [t('codes.priority'), p.code, p.title]), ...codes.units.map((u) => [t('codes.unit'), u.code, u.name])],
    },
  ]);
}
