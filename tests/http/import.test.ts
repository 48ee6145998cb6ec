// Importing a plan's tasks from an XLSX sheet: validated row by row, all or nothing.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signedIn, type HttpClient } from '../support/http-client';
import { latestAuditId, minimalPdf } from '../support/api-fixtures';

let leader: HttpClient;
let admin: HttpClient;
let planId: number;

beforeAll(async () => {
  [leader, admin] = await Promise.all([signedIn(DEMO.leader), signedIn(DEMO.admin)]);
  planId = (await leader.json<{ items: { id: number; year: number }[] }>('/api/v1/plans')).body.items.find((p) => p.year === 2021)!.id;
});

const HEADER = ['Mã nhóm', 'Mã nhiệm vụ', 'Tên', 'Mô tả', 'Chủ trì', 'Phối hợp', 'Người phụ trách', 'Bắt đầu', 'Hạn', 'Trọng số', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch'];

async function sheet(rows: (string | number | Date)[][]): Promise<Blob> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Nhiệm vụ');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return new Blob([await book.xlsx.writeBuffer()]);
}

async function upload(client: HttpClient, file: Blob, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file, 'nhiem-vu.xlsx');
  return client.json<{ valid: { row: number; code: string }[]; refused: { row: number; reasons: string[] }[]; imported?: number; errors?: unknown }>(
    `/api/v1/plans/${planId}/import${dryRun ? '?dryRun=1' : ''}`,
    { method: 'POST', body: form },
  );
}

async function taskCount(q: string): Promise<number> {
  return (await leader.json<{ total: number }>(`/api/v1/tasks?plan=${planId}&q=${encodeURIComponent(q)}`)).body.total;
}

const stamp = Date.now().toString(36).toUpperCase();

describe('import from XLSX', () => {
  it('imports a good sheet after a dry run that shows its rows', async () => {
    const file = await sheet([
      ['NV3', `IMP-${stamp}-1`, 'Hỗ trợ đăng ký nhãn hiệu "Hồng Bảo Lâm"', 'Nhập từ Excel', 'QLCN', 'CLO; LB', 'qlcn@khcn.langson.gov.vn', '01/03/2021', '30/11/2021', 2, 'Nhãn hiệu', 'nhãn hiệu', 1],
      ['NV6', `IMP-${stamp}-2`, 'Kiểm tra cửa hàng xăng dầu huyện Đình Lập', '', 'TTRA', 'DL', '', new Date(Date.UTC(2021, 3, 1)), new Date(Date.UTC(2021, 8, 30)), '', '', '', ''],
    ]);
    const preview = await upload(leader, file, true);
    expect(preview.status).toBe(200);
    expect(preview.body.refused).toEqual([]);
    expect(preview.body.valid.map((v) => v.row)).toEqual([2, 3]);
    expect(await taskCount(`IMP-${stamp}`)).toBe(0);
    const done = await upload(leader, file, false);
    expect(done.status).toBe(201);
    expect(done.body.imported).toBe(2);
    expect(await taskCount(`IMP-${stamp}`)).toBe(2);
    const [task] = (await leader.json<{ items: { dueDate: string; supportingUnitIds: number[]; indicators: unknown[] }[] }>(`/api/v1/tasks?q=IMP-${stamp}-1`)).body.items;
    expect(task).toMatchObject({ dueDate: '2021-11-30' });
    expect(task!.supportingUnitIds).toHaveLength(2);
    expect(task!.indicators).toHaveLength(1);
  });

  it('lists every refused row with its number and reasons, and imports nothing', async () => {
    const file = await sheet([
      ['NV1', `BAD-${stamp}-ok`, 'Dòng hợp lệ', '', 'QLKH', '', '', '01/02/2021', '01/06/2021', 1, '', '', ''],
      ['NV1', `BAD-${stamp}-unit`, 'Đơn vị không tồn tại', '', 'KHONGCO', '', '', '01/02/2021', '01/06/2021', 1, '', '', ''],
      ['NV1', `BAD-${stamp}-dates`, 'Hạn trước ngày bắt đầu', '', 'QLKH', '', '', '01/06/2021', '01/02/2021', 1, '', '', ''],
      ['NV1', `BAD-${stamp}-title`, '', '', 'QLKH', '', '', '01/02/2021', '01/06/2021', 1, '', '', ''],
      ['NV1', `BAD-${stamp}-ok`, 'Mã trùng trong tệp', '', 'QLKH', '', '', '01/02/2021', '01/06/2021', 1, '', '', ''],
    ]);
    const preview = await upload(leader, file, true);
    expect(preview.body.valid.map((v) => v.row)).toEqual([2]);
    const reasons = Object.fromEntries(preview.body.refused.map((r) => [r.row, r.reasons]));
    expect(reasons[3]).toContain('leadUnitCode:unitUnknown');
    expect(reasons[4]).toContain('dueDate:dueBeforeStart');
    expect(reasons[5]).toContain('title:required');
    expect(reasons[6]).toContain('code:duplicateInSheet');
    const audit = await latestAuditId(admin);
    const refused = await upload(leader, file, false);
    expect(refused.status).toBe(422);
    expect(await taskCount(`BAD-${stamp}`)).toBe(0);
    expect(await latestAuditId(admin)).toBe(audit);
  });

  it('refuses a code already in the plan', async () => {
    const file = await sheet([['NV3', 'NV3.01', 'Trùng mã có sẵn', '', 'QLCN', '', '', '01/02/2021', '01/06/2021', 1, '', '', '']]);
    expect((await upload(leader, file, true)).body.refused[0]!.reasons).toContain('code:codeTaken');
  });

  it('refuses a file that is not XLSX, and an officer', async () => {
    const pdf = await upload(leader, new Blob([minimalPdf()]), true);
    expect(pdf.status).toBe(415);
    const text = await upload(leader, new Blob(['Mã nhóm,Mã nhiệm vụ\nNV1,X']), false);
    expect(text.status).toBe(415);
    const officer = await signedIn(DEMO.officerQlkh);
    const good = await sheet([['NV1', `OFF-${stamp}`, 'x', '', 'QLKH', '', '', '01/02/2021', '01/06/2021', 1, '', '', '']]);
    expect((await upload(officer, good, false)).status).toBe(403);
  });

  it('offers a template with the expected columns and the codes to use', async () => {
    const response = await leader.fetch(`/api/v1/plans/${planId}/import/template`);
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const header = (book.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toHaveLength(13);
    expect(header[0]).toBe('Mã nhóm nhiệm vụ');
    const codes = book.worksheets[1]!.getColumn(2).values.map(String);
    expect(codes).toEqual(expect.arrayContaining(['NV1', 'NV7', 'QLKH', 'TD']));
  });
});
