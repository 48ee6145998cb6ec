import 'server-only';
import ExcelJS from 'exceljs';

export type SheetSpec = {
  name: string;
  /** Lines above the table: the department, the report's title and period, the date. */
  heading?: string[];
  columns: { header: string; width?: number; numFmt?: string }[];
  rows: (string | number | null)[][];
};

/** An XLSX workbook with one table per sheet: bold header row, frozen below it, filters on. */
export async function workbook(sheets: SheetSpec[]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = 'KHCN Plan Tracker';
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name.slice(0, 31));
    for (const line of spec.heading ?? []) sheet.addRow([line]).font = { bold: sheet.rowCount === 0 };
    if (spec.heading?.length) sheet.addRow([]);
    const headerRow = sheet.addRow(spec.columns.map((c) => c.header));
    headerRow.font = { bold: true };
    headerRow.alignment = { vertical: 'middle', wrapText: true };
    for (const row of spec.rows) sheet.addRow(row);
    spec.columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.width ?? 16;
      if (c.numFmt) column.numFmt = c.numFmt;
    });
    sheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
    sheet.autoFilter = { from: { row: headerRow.number, column: 1 }, to: { row: headerRow.number, column: spec.columns.length } };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell as text: dates as yyyy-MM-dd (calendar days, no time zone shift), numbers plainly. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** The rows of the first sheet below its header row, with their sheet row numbers; empty rows skipped. */
export async function readSheetRows(bytes: Uint8Array): Promise<{ row: number; cells: string[] }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = Array.from({ length: sheet.columnCount }, (_, i) => cellText(row.getCell(i + 1).value).trim());
    if (cells.some((c) => c !== '')) rows.push({ row: number, cells });
  });
  return rows;
}
