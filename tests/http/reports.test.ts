// Periodic reports and exports over HTTP: the XLSX files are read back with exceljs.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signedIn, type HttpClient } from '../support/http-client';

let viewer: HttpClient;
let planId: number;

beforeAll(async () => {
  viewer = await signedIn(DEMO.viewer);
  planId = (await viewer.json<{ items: { id: number; year: number }[] }>('/api/v1/plans')).body.items.find((p) => p.year === 2021)!.id;
});

async function readXlsx(response: Response): Promise<ExcelJS.Workbook> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  return (sheet.getRow(n).values as unknown[]).slice(1);
}

describe('periodic report', () => {
  it('has the Decree 09/2019 cut-off of the third quarter of 2021', async () => {
    const { status, body } = await viewer.json<{ period: { from: string; to: string }; byPriority: { tasks: number }[]; tasks: { code: string }[] }>(
      `/api/v1/reports?plan=${planId}&kind=quarter&year=2021&index=3`,
    );
    expect(status).toBe(200);
    expect(body.period).toMatchObject({ from: '2021-06-15', to: '2021-09-14' });
    expect(body.byPriority).toHaveLength(7);
    expect(body.tasks.length).toBeGreaterThanOrEqual(30);
  });

  it('exports XLSX with the summary and task sheets, headers and values', async () => {
    const book = await readXlsx(await viewer.fetch(`/api/v1/reports?plan=${planId}&kind=year&year=2021&format=xlsx`));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Theo nhóm nhiệm vụ', 'Theo đơn vị', 'Danh sách nhiệm vụ']);
    const summary = book.worksheets[0]!;
    expect(String(rowValues(summary, 1)[0])).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LẠNG SƠN');
    expect(String(rowValues(summary, 3)[0])).toContain('15/12/2020');
    expect(String(rowValues(summary, 3)[0])).toContain('14/12/2021');
    expect(rowValues(summary, 6)).toEqual(expect.arrayContaining(['Số nhiệm vụ', 'Hoàn thành đúng hạn', 'Chưa hoàn thành, quá hạn']));
    const priorities = [7, 8, 9, 10, 11, 12, 13].map((n) => String(rowValues(summary, n)[0]));
    expect(priorities[2]).toMatch(/^NV3\. /);
    const tasks = book.worksheets[2]!;
    const header = rowValues(tasks, 6);
    expect(header).toEqual(expect.arrayContaining(['Mã', 'Nhiệm vụ', 'Trạng thái', 'Tiến độ so với hạn', 'Tiến độ (%)', 'Cập nhật gần nhất']));
    const titles = tasks.getColumn(2).values.map(String);
    expect(titles.some((v) => v.includes('Thạch đen Tràng Định'))).toBe(true);
  });

  it('refuses a period that does not exist', async () => {
    expect((await viewer.fetch(`/api/v1/reports?plan=${planId}&kind=quarter&year=2021&index=5`)).status).toBe(422);
  });
});

describe('task list export', () => {
  it('exports the filtered list as XLSX with Vietnamese headers', async () => {
    const book = await readXlsx(await viewer.fetch(`/api/v1/tasks/export?plan=${planId}&status=completed&format=xlsx`));
    const sheet = book.worksheets[0]!;
    expect(rowValues(sheet, 1).slice(0, 2)).toEqual(['Mã', 'Nhiệm vụ']);
    const statuses = sheet.getColumn(7).values.slice(2).map(String);
    expect(statuses.length).toBeGreaterThan(5);
    expect(new Set(statuses)).toEqual(new Set(['Hoàn thành']));
  });
});
