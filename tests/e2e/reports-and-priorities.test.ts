// What the leadership opens, in Chromium against the production build: a priority's page with the
// leader's health rating and the lead unit's quarterly narrative (immutable once posted), the
// ranking of district units and a unit's scorecard, the printable periodic report (A4, also as a
// PDF), and the import of a plan's tasks from an XLSX sheet (all rows or none).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, SCREENSHOTS } from '../support/browser';
import { DEMO, DEMO_PASSWORD, signedIn, type HttpClient } from '../support/http-client';
import { SignInPage } from './pages/sign-in-page';

let browser: Browser;
let leaderApi: HttpClient;
let planId: number;
let nv1: number;
const contexts: BrowserContext[] = [];
const RUN = Date.now().toString(36).toUpperCase();

beforeAll(async () => {
  browser = await launchBrowser();
  leaderApi = await signedIn(DEMO.leader);
  planId = (await leaderApi.json<{ items: { id: number; year: number }[] }>('/api/v1/plans')).body.items.find((p) => p.year === 2021)!.id;
  const priorities = await leaderApi.json<{ items: { id: number; code: string }[] }>(`/api/v1/priorities?plan=${planId}`);
  nv1 = priorities.body.items.find((p) => p.code === 'NV1')!.id;
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
});

async function signedInPage(email: string, options: { mobile?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, inject('baseUrl'), options);
  contexts.push(context);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 20_000 });
  return page;
}

/** Opens a page and waits until it is interactive (the forms submit through React). */
async function open(page: Page, to: string): Promise<void> {
  await page.goto(to);
  await page.waitForLoadState('networkidle');
}

describe('priority page', () => {
  it('the leader rates NV1 amber with a reason; it is the current rating and in the history', async () => {
    const page = await signedInPage(DEMO.leader);
    await open(page, `/priorities/${nv1}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('NV1.');
    expect(await page.getByTestId('legal-basis').textContent()).toBe('Kế hoạch 100/KH-UBND, ngày 12/06/2020');
    expect(await page.getByRole('link', { name: 'Phòng Quản lý Khoa học' }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('weighted-progress').textContent()).toMatch(/\d+(,\d)?%/);
    // Its tasks, grouped by timeliness, each linking to its page.
    const taskLinks = page.locator('a[href^="/tasks/"]');
    expect(await taskLinks.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('health-current').textContent()).toContain('Chưa có đánh giá.');

    const reason = 'Chậm nghiệm thu 3 đề tài do ảnh hưởng của dịch bệnh.';
    const form = page.getByTestId('health-form');
    // Without a reason nothing is saved.
    await form.getByLabel('Vàng — cần chú ý').check();
    await form.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await form.getByText('Vui lòng nhập thông tin này.').waitFor();
    expect(await page.getByTestId('health-current').textContent()).toContain('Chưa có đánh giá.');

    await form.getByLabel('Lý do (một câu)').fill(reason);
    await form.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await form.getByRole('status').filter({ hasText: 'Đã lưu đánh giá.' }).waitFor({ timeout: 15_000 });
    const current = page.getByTestId('health-current');
    await current.filter({ hasText: reason }).waitFor();
    expect(await current.textContent()).toContain('Vàng — cần chú ý');
    expect(await current.textContent()).toContain('Lãnh đạo Sở (demo)');
    expect(await page.getByTestId('health-history').locator('li').count()).toBe(1);
    expect(await page.getByTestId('health-history').textContent()).toContain(reason);

    // It is kept: after a reload, and through the API's view of the audit log.
    await open(page, `/priorities/${nv1}`);
    expect(await page.getByTestId('health-current').textContent()).toContain(reason);
    await screenshot(page, 'priority-page');
  });

  it('the officer of Phòng QLKH posts the Q3 narrative of NV1; a second post for Q3 is refused', async () => {
    const page = await signedInPage(DEMO.officerQlkh);
    await open(page, `/priorities/${nv1}`);
    // An officer does not rate priorities; the lead unit's officer does post its narrative.
    expect(await page.getByTestId('health-form').count()).toBe(0);
    const form = page.getByTestId('narrative-form');
    expect(await form.textContent()).toContain('báo cáo quý đã gửi thì không sửa, không xóa được');
    // The quarter that just ended is proposed (today is 15/10/2021).
    expect(await form.getByLabel('Quý báo cáo').inputValue()).toBe('3');

    const done = 'Nghiệm thu 5 đề tài cấp tỉnh; chuyển giao 2 mô hình.';
    await form.getByLabel('Đã thực hiện trong quý').fill(done);
    await form.getByLabel('Dự kiến quý tiếp theo').fill('Tổ chức hội đồng tuyển chọn đề tài năm 2022.');
    await form.getByLabel('Số liệu chỉ tiêu mới nhất').fill('41 đề tài, dự án đang thực hiện; 12 đã nghiệm thu.');
    await form.getByRole('button', { name: 'Gửi báo cáo quý' }).click();
    await form.getByRole('status').filter({ hasText: 'Đã gửi báo cáo quý.' }).waitFor({ timeout: 15_000 });
    const list = page.getByTestId('narratives');
    await list.filter({ hasText: done }).waitFor();
    expect(await list.locator('li').count()).toBe(1);
    expect(await list.textContent()).toContain('Quý 3/2021');
    expect(await list.textContent()).toContain('Chuyên viên Phòng QLKH');

    // A second post for the same quarter: refused with the message, the first one unchanged.
    expect(await form.getByLabel('Quý báo cáo').locator('option[value="3"]').textContent()).toBe('Quý 3/2021 (đã gửi)');
    await form.getByLabel('Quý báo cáo').selectOption('3');
    await form.getByLabel('Đã thực hiện trong quý').fill('Sửa lại nội dung quý 3.');
    await form.getByLabel('Dự kiến quý tiếp theo').fill('x');
    await form.getByLabel('Số liệu chỉ tiêu mới nhất').fill('y');
    await form.getByRole('button', { name: 'Gửi báo cáo quý' }).click();
    await form.getByRole('alert').filter({ hasText: 'Báo cáo quý này đã được gửi và không thể sửa.' }).waitFor({ timeout: 15_000 });
    // What was typed is kept, so nothing is lost; the posted narrative is as it was.
    expect(await form.getByLabel('Đã thực hiện trong quý').inputValue()).toBe('Sửa lại nội dung quý 3.');
    await open(page, `/priorities/${nv1}`);
    expect(await page.getByTestId('narratives').locator('li').count()).toBe(1);
    expect(await page.getByTestId('narratives').textContent()).toContain(done);
    expect(await page.getByTestId('narratives').textContent()).not.toContain('Sửa lại');
  });

  it('an officer of another unit and a viewer see the page without either form', async () => {
    for (const email of [DEMO.officerTrangDinh, DEMO.viewer]) {
      const page = await signedInPage(email);
      await open(page, `/priorities/${nv1}`);
      expect(await page.getByTestId('health-current').textContent()).toContain('Vàng — cần chú ý');
      expect(await page.getByTestId('health-form').count()).toBe(0);
      expect(await page.getByTestId('narrative-form').count()).toBe(0);
    }
  });
});

describe('units', () => {
  const rate = (text: string | null) => (text === null || text.trim() === '—' ? null : Number(text.replace('%', '').replace(',', '.')));

  it('the viewer ranks the districts by on-time rate and opens Tràng Định’s scorecard', async () => {
    const page = await signedInPage(DEMO.viewer);
    await open(page, '/');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đơn vị' }).click();
    await page.waitForURL((url) => url.pathname === '/units');
    const ranking = page.getByTestId('unit-ranking');
    const names = await ranking.locator('tbody th').allTextContents();
    // The 11 district-level units of 2021, by name (the default order), never individuals.
    expect(names).toHaveLength(11);
    expect(names).toContain('huyện Tràng Định');
    expect(names[0]).toBe('Thành phố Lạng Sơn');

    await ranking.getByRole('link', { name: /Tỷ lệ đúng hạn/ }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === '-onTimeRate');
    await page.waitForLoadState('networkidle');
    const rates = (await page.getByTestId('on-time-rate').allTextContents()).map(rate);
    const known = rates.filter((r): r is number => r !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    // Units with nothing due yet come last.
    expect(rates.slice(known.length).every((r) => r === null)).toBe(true);
    expect(await page.getByRole('columnheader', { name: /Tỷ lệ đúng hạn/ }).getAttribute('aria-sort')).toBe('descending');
    await screenshot(page, 'units-ranking');

    // The header toggles the direction.
    await page.getByTestId('unit-ranking').getByRole('link', { name: /Tỷ lệ đúng hạn/ }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'onTimeRate');
    await page.waitForLoadState('networkidle');
    const ascending = (await page.getByTestId('on-time-rate').allTextContents()).map(rate).filter((r): r is number => r !== null);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.getByTestId('unit-ranking').getByRole('link', { name: 'huyện Tràng Định' }).click();
    await page.waitForURL((url) => /^\/units\/\d+$/.test(url.pathname));
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kết quả thực hiện: huyện Tràng Định');
    const led = Number(await page.getByTestId('stat-led').locator('.value').textContent());
    const supported = Number(await page.getByTestId('stat-supported').locator('.value').textContent());
    expect(led).toBeGreaterThan(0);
    expect(await page.getByTestId('leading-tasks').locator('tbody tr').count()).toBe(led);
    expect(await page.getByTestId('supporting-tasks').locator('tbody tr').count()).toBe(supported);
    // The scorecard agrees with the task list of the API (same unit, same plan).
    const unitId = Number(new URL(page.url()).pathname.split('/').pop());
    const api = await leaderApi.json<{ items: { leadUnitId: number; timeliness: string }[]; total: number }>(`/api/v1/tasks?plan=${planId}&unit=${unitId}&pageSize=200`);
    expect(api.body.total).toBe(led + supported);
    const overdueRows = page.getByTestId('overdue-list').locator('tbody tr');
    expect(await overdueRows.count()).toBe(api.body.items.filter((t) => t.timeliness === 'overdue').length);
    for (const row of await overdueRows.all()) expect(await row.textContent()).toContain('Quá hạn');
    await screenshot(page, 'unit-scorecard');
  });
});

describe('on a phone', () => {
  it('the priority page, the ranking and the report fit a 390 px screen (wide tables scroll inside their box)', async () => {
    const page = await signedInPage(DEMO.leader, { mobile: true });
    for (const [to, name] of [[`/priorities/${nv1}`, 'priority-page-390'], ['/units', 'units-ranking-390'], ['/reports', 'report-390']] as const) {
      await open(page, to);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), to).toBeLessThanOrEqual(390);
      await screenshot(page, name);
    }
  });
});

describe('periodic report', () => {
  it('the leader opens the report of quarter 3/2021 with its cut-off dates, prints it on A4 and downloads the XLSX', async () => {
    const page = await signedInPage(DEMO.leader);
    await open(page, '/reports');
    // The default is the latest quarter whose cut-off has passed: quarter 3 on 15/10/2021.
    expect(await page.getByLabel('Loại báo cáo').inputValue()).toBe('quarter');
    await page.getByLabel('Loại báo cáo').selectOption('month');
    await page.getByLabel('Kỳ', { exact: true }).selectOption('8');
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'month');
    expect(await page.getByTestId('report-period').textContent()).toBe('Số liệu từ ngày 15/07/2021 đến ngày 14/08/2021');

    await page.getByLabel('Loại báo cáo').selectOption('quarter');
    await page.getByLabel('Năm', { exact: true }).fill('2021');
    await page.getByLabel('Kỳ', { exact: true }).selectOption('3');
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'quarter' && url.searchParams.get('index') === '3');
    await page.waitForLoadState('networkidle');
    const report = page.getByTestId('report');
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LẠNG SƠN');
    expect(text).toContain('Báo cáo quý 3/2021');
    expect(text).toContain('15/06/2021');
    expect(text).toContain('14/09/2021');
    expect(text).toContain('Ngày lập: 15/10/2021');
    expect(await page.getByTestId('report-by-priority').locator('tbody tr').count()).toBe(7);
    expect(await page.getByTestId('report-by-unit').locator('tbody tr').count()).toBeGreaterThan(3);
    const taskRows = await page.getByTestId('report-tasks').locator('tbody tr').count();
    expect(taskRows).toBeGreaterThan(20);
    // The totals of the summary count every task of the table that is not cancelled.
    const totalTasks = Number(await page.getByTestId('report-by-priority').locator('tfoot td').first().textContent());
    expect(totalTasks).toBeGreaterThan(0);
    expect(totalTasks).toBeLessThanOrEqual(taskRows);

    // The XLSX of the same report.
    const href = await page.getByRole('link', { name: 'Tải XLSX' }).getAttribute('href');
    expect(href).toBe(`/api/v1/reports?plan=${planId}&kind=quarter&year=2021&index=3&format=xlsx`);
    const xlsx = await page.context().request.get(href!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Theo nhóm nhiệm vụ', 'Theo đơn vị', 'Danh sách nhiệm vụ']);
    expect(await page.getByRole('button', { name: 'In báo cáo' }).isVisible()).toBe(true);

    await screenshot(page, 'report-screen');
    // As printed: the navigation, the form and the buttons are left out; A4 pages.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'In báo cáo' }).isVisible()).toBe(false);
    expect(await page.locator('.shell-header').isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, 'report-print');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const pdfPath = path.join(SCREENSHOTS, 'report.pdf');
    const pdf = await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Every page is A4 portrait (595 × 842 points) and the report takes more than one.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });
});

describe('import of a plan’s tasks from XLSX', () => {
  const HEADER = ['Mã nhóm', 'Mã nhiệm vụ', 'Tên', 'Mô tả', 'Chủ trì', 'Phối hợp', 'Người phụ trách', 'Bắt đầu', 'Hạn', 'Trọng số', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch'];

  async function sheet(rows: (string | number)[][]): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Nhiệm vụ');
    ws.addRow(HEADER);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  async function upload(page: Page, name: string, buffer: Buffer) {
    await page.getByLabel('Tệp Excel (.xlsx, tối đa 5 MB)').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  }

  const count = async (q: string) => (await leaderApi.json<{ total: number }>(`/api/v1/tasks?plan=${planId}&q=${encodeURIComponent(q)}`)).body.total;

  it('the leader sees the refused row and cannot import; a good sheet is confirmed and its tasks appear in /tasks', async () => {
    const page = await signedInPage(DEMO.leader);
    await open(page, `/plans/${planId}/import`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nhập nhiệm vụ từ Excel');
    const template = await page.context().request.get((await page.getByRole('link', { name: 'Tải tệp mẫu (XLSX)' }).getAttribute('href'))!);
    expect(template.status()).toBe(200);
    expect(template.headers()['content-disposition']).toContain('attachment');

    const good = ['NV4', `IMP-${RUN}-1`, 'Hỗ trợ 3 dự án khởi nghiệp đổi mới sáng tạo tại huyện Hữu Lũng', 'Nhập từ Excel', 'QLCN', 'HL', '', '01/03/2021', '30/11/2021', 1, 'Dự án được hỗ trợ', 'dự án', 3];
    const bad = ['NV4', `IMP-${RUN}-2`, 'Dòng có đơn vị không tồn tại', '', 'KHONGCO', '', '', '01/03/2021', '30/11/2021', 1, 'Chỉ tiêu', 'lượt', 'nhiều'];
    await upload(page, 'co-dong-loi.xlsx', await sheet([good, bad]));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor({ timeout: 20_000 });
    expect(await preview.getByRole('status').first().textContent()).toBe('Tệp có 1 dòng hợp lệ và 1 dòng bị từ chối.');
    const refused = page.getByTestId('import-refused').locator('tbody tr');
    expect(await refused.count()).toBe(1);
    expect(await refused.locator('td').first().textContent()).toBe('3');
    const reasons = await refused.locator('li').allTextContents();
    expect(reasons).toContain('Mã đơn vị chủ trì: Đơn vị không tồn tại hoặc đã ngừng hoạt động.');
    expect(reasons).toContain('Chỉ tiêu kế hoạch: Vui lòng nhập một số.');
    expect(await page.getByTestId('import-valid').locator('tbody tr').count()).toBe(1);
    // All or nothing: with a refused row there is nothing to confirm, and nothing was imported.
    expect(await page.getByRole('button', { name: 'Xác nhận nhập' }).count()).toBe(0);
    expect(await count(`IMP-${RUN}`)).toBe(0);
    await screenshot(page, 'import-refused');

    const second = ['NV6', `IMP-${RUN}-3`, 'Kiểm tra đo lường tại cửa hàng xăng dầu huyện Đình Lập', '', 'TTRA', 'DL', '', '01/04/2021', '30/09/2021', 2, '', '', ''];
    await upload(page, 'nhiem-vu.xlsx', await sheet([good, second]));
    await page.getByTestId('import-refused').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await page.getByTestId('import-valid').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('import-valid').textContent()).toContain('30/11/2021');
    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await page.getByTestId('import-done').filter({ hasText: 'Đã nhập 2 nhiệm vụ vào kế hoạch.' }).waitFor({ timeout: 20_000 });
    expect(await count(`IMP-${RUN}`)).toBe(2);
    await screenshot(page, 'import-done');

    await page.getByRole('link', { name: 'Xem danh sách nhiệm vụ của kế hoạch' }).click();
    await page.waitForURL((url) => url.pathname === '/tasks');
    await open(page, `/tasks?plan=${planId}&q=${encodeURIComponent(`IMP-${RUN}`)}`);
    const list = (await page.locator('main').textContent()) ?? '';
    expect(list).toContain(`IMP-${RUN}-1`);
    expect(list).toContain('Hỗ trợ 3 dự án khởi nghiệp đổi mới sáng tạo tại huyện Hữu Lũng');
    expect(list).toContain(`IMP-${RUN}-3`);
  });
});
