// The daily work in Chromium against the production build: the officer of Tràng Định reports on his
// task with a PDF and asks for confirmation, the leader confirms it (completed on time) or returns
// it with a reason the officer then reads; two leaders editing one task lose nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, SCREENSHOTS } from '../support/browser';
import { DEMO, DEMO_PASSWORD, signedIn, type HttpClient } from '../support/http-client';
import { SignInPage } from './pages/sign-in-page';
import { TaskFormPage, TaskPage } from './pages/task-page';

type Task = { id: number; code: string; title: string; status: string; timeliness: string; progress: number; dueDate: string; completedOn: string | null; leadUnitId: number; supportingUnitIds: number[]; version: number; weight: number };

const SEED_TODAY = '2021-10-15';

let browser: Browser;
let officerApi: HttpClient;
let leaderApi: HttpClient;
let tdUnitId: number;
let tdTasks: Task[];
let pdfPath: string;

/** A small but valid PDF (header, one page, xref, trailer). */
function writePdf(): string {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-e2e-')), 'bien-ban-nghiem-thu.pdf');
  fs.writeFileSync(file, body);
  return file;
}

async function signInAs(email: string, options: { mobile?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, inject('baseUrl'), options);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  return { context, page };
}

async function getTask(client: HttpClient, id: number): Promise<Task> {
  const { status, body } = await client.json<Task>(`/api/v1/tasks/${id}`);
  expect(status).toBe(200);
  return body;
}

beforeAll(async () => {
  browser = await launchBrowser();
  officerApi = await signedIn(DEMO.officerTrangDinh);
  leaderApi = await signedIn(DEMO.leader);
  const units = await officerApi.json<{ items: { id: number; code: string }[] }>('/api/v1/units');
  tdUnitId = units.body.items.find((u) => u.code === 'TD')!.id;
  const list = await officerApi.json<{ items: Task[] }>(`/api/v1/tasks?unit=${tdUnitId}&status=in_progress&pageSize=100`);
  expect(list.status).toBe(200);
  tdTasks = list.body.items;
  pdfPath = writePdf();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(path.dirname(pdfPath), { recursive: true, force: true });
});

describe('completion of a task, in the browser', () => {
  it('the officer reports 100% with a PDF and asks for confirmation; the leader confirms; it is completed on time', async () => {
    const task = tdTasks.find((t) => t.leadUnitId === tdUnitId && t.dueDate > SEED_TODAY);
    expect(task, 'a task led by huyện Tràng Định, in progress, due after 15/10/2021').toBeDefined();

    // The officer, on a phone.
    const officer = await signInAs(DEMO.officerTrangDinh, { mobile: true });
    const officerPage = new TaskPage(officer.page);
    await officerPage.open(task!.id);
    expect(await officerPage.status().textContent()).toBe('Đang thực hiện');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await officerPage.progressForm().screenshot({ path: path.join(SCREENSHOTS, 'task-update-form-390.png') });

    const started = Date.now();
    await officerPage.postUpdate({ quick: 100, note: 'Đã nộp hồ sơ đăng ký chỉ dẫn địa lý tại Cục Sở hữu trí tuệ.', files: [pdfPath], requestCompletion: true });
    await officerPage.waitForStatus('Chờ xác nhận');
    expect(Date.now() - started).toBeLessThan(60_000);
    await officer.page.getByTestId('awaiting-notice').waitFor();
    const link = officerPage.updates().getByRole('link', { name: /bien-ban-nghiem-thu\.pdf/ });
    expect(await link.first().textContent()).toMatch(/bien-ban-nghiem-thu\.pdf \(\d+ B\)/);
    // The evidence is downloadable by a reader of the task, as an attachment.
    const href = await link.first().getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/attachments\/\d+$/);
    const download = await officer.context.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('attachment');
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await officerPage.history().textContent()).toContain('đề nghị xác nhận hoàn thành');
    await screenshot(officer.page, 'task-awaiting-confirmation-390');

    // The leader, on a desktop.
    const leader = await signInAs(DEMO.leader);
    const leaderPage = new TaskPage(leader.page);
    await leaderPage.open(task!.id);
    expect(await leaderPage.status().textContent()).toBe('Chờ xác nhận');
    await screenshot(leader.page, 'task-review-desktop');
    await leaderPage.confirmCompletion();
    await leaderPage.waitForStatus('Hoàn thành');
    await leader.page.getByTestId('task-timeliness').filter({ hasText: 'Hoàn thành đúng hạn' }).waitFor();
    expect(await leaderPage.history().textContent()).toContain('xác nhận hoàn thành');
    await screenshot(leader.page, 'task-page-desktop');

    const done = await getTask(leaderApi, task!.id);
    expect(done).toMatchObject({ status: 'completed', timeliness: 'completed_on_time', progress: 100, completedOn: SEED_TODAY });

    // The officer sees it too.
    await officerPage.open(task!.id);
    expect(await officerPage.status().textContent()).toBe('Hoàn thành');
    expect(await officerPage.timeliness().textContent()).toBe('Hoàn thành đúng hạn');
    await officer.context.close();
    await leader.context.close();
  });

  it('a returned request reaches the officer with its reason', async () => {
    const first = tdTasks.find((t) => t.leadUnitId === tdUnitId && t.dueDate > SEED_TODAY);
    const task = tdTasks.find((t) => t.id !== first?.id);
    expect(task, 'a second task involving huyện Tràng Định, in progress').toBeDefined();
    const reason = 'Thiếu biên bản nghiệm thu của hội đồng, đề nghị bổ sung trước khi xác nhận.';

    const officer = await signInAs(DEMO.officerTrangDinh, { mobile: true });
    const officerPage = new TaskPage(officer.page);
    await officerPage.open(task!.id);
    await officerPage.postUpdate({ progress: 100, note: 'Đã hoàn thành các nội dung được giao.', requestCompletion: true });
    await officerPage.waitForStatus('Chờ xác nhận');

    const leader = await signInAs(DEMO.leader);
    const leaderPage = new TaskPage(leader.page);
    await leaderPage.open(task!.id);
    // A return needs a reason: without one nothing is sent.
    await leaderPage.reviewSection().getByRole('button', { name: 'Trả lại' }).click();
    await leaderPage.reviewSection().getByText('Vui lòng nêu lý do.').waitFor();
    expect(await leaderPage.status().textContent()).toBe('Chờ xác nhận');
    await leaderPage.returnCompletion(reason);
    await leaderPage.waitForStatus('Đang thực hiện');
    expect((await getTask(leaderApi, task!.id)).status).toBe('in_progress');

    await officerPage.open(task!.id);
    await officerPage.returnedNotice().waitFor();
    const notice = await officerPage.returnedNotice().textContent();
    expect(notice).toContain('Đề nghị xác nhận hoàn thành đã bị trả lại');
    expect(notice).toContain(reason);
    expect(await officerPage.updates().textContent()).toContain(reason);
    expect(await officerPage.history().textContent()).toContain(`trả lại đề nghị xác nhận hoàn thành. Lý do: ${reason}`);
    // He can report again at once.
    expect(await officerPage.progressForm().isVisible()).toBe(true);
    await screenshot(officer.page, 'task-returned-390');
    await officer.context.close();
    await leader.context.close();
  });
});

describe('two people editing one task', () => {
  it('the second save gets the conflict message, re-applies, and both edits are kept', async () => {
    const list = await leaderApi.json<{ items: Task[] }>('/api/v1/tasks?status=in_progress&pageSize=100');
    const task = list.body.items.find((t) => t.leadUnitId !== tdUnitId && !t.supportingUnitIds.includes(tdUnitId))!;
    const newTitle = `${task.title} (đã rà soát)`;
    const newDue = '2021-12-24';

    const first = await signInAs(DEMO.leader);
    const second = await signInAs(DEMO.admin);
    const formA = new TaskFormPage(first.page);
    const formB = new TaskFormPage(second.page);
    await formA.openEdit(task.id);
    await formB.openEdit(task.id);

    await formA.field('title').fill(newTitle);
    await formA.save();
    await first.page.waitForURL((url) => url.pathname === `/tasks/${task.id}`);

    await formB.field('dueDate').fill('24/12/2021');
    await formB.field('weight').fill('5');
    await formB.save();
    await formB.conflict().waitFor({ timeout: 20_000 });
    const message = await formB.conflict().textContent();
    expect(message).toContain('Nhiệm vụ vừa được người khác cập nhật');
    expect(message).toContain('Tên nhiệm vụ');
    expect(message).toContain(newTitle);
    expect(message).toContain('Hạn hoàn thành');
    expect(message).toContain('24/12/2021');
    // Nothing typed is lost while the message is shown.
    expect(await formB.field('dueDate').inputValue()).toBe('24/12/2021');
    expect(await formB.field('weight').inputValue()).toBe('5');
    expect(await formB.field('title').inputValue()).toBe(task.title);
    await screenshot(second.page, 'task-edit-conflict');

    await formB.reapply();
    await second.page.waitForURL((url) => url.pathname === `/tasks/${task.id}`, { timeout: 20_000 });

    const saved = await getTask(leaderApi, task.id);
    expect(saved).toMatchObject({ title: newTitle, dueDate: newDue, weight: 5, version: task.version + 2 });
    const history = await new TaskPage(second.page).history().textContent();
    expect(history).toContain(newTitle);
    expect(history).toContain('24/12/2021');
    await first.context.close();
    await second.context.close();
  });
});

describe('two people reporting on one task', () => {
  it('the second report gets the conflict message with both progress figures and is re-applied without retyping', async () => {
    const list = await leaderApi.json<{ items: Task[] }>('/api/v1/tasks?status=in_progress&pageSize=100');
    const task = list.body.items.filter((t) => t.leadUnitId !== tdUnitId && !t.supportingUnitIds.includes(tdUnitId)).at(-1)!;
    const first = await signInAs(DEMO.leader);
    const second = await signInAs(DEMO.admin, { mobile: true });
    const pageA = new TaskPage(first.page);
    const pageB = new TaskPage(second.page);
    await pageA.open(task.id);
    await pageB.open(task.id);

    const theirs = Math.min(100, task.progress + 10);
    const mine = Math.min(100, task.progress + 5);
    await pageA.postUpdate({ progress: theirs, note: 'Báo cáo của lãnh đạo Sở.' });
    await first.page.getByText('Đã ghi nhận báo cáo tiến độ.').waitFor();

    const note = 'Đã tổng hợp số liệu quý III, gửi kèm báo cáo.';
    await pageB.postUpdate({ progress: mine, note });
    const conflict = second.page.getByTestId('conflict');
    await conflict.waitFor({ timeout: 20_000 });
    const message = await conflict.textContent();
    expect(message).toContain(`Tiến độ: ${task.progress}% → nay là ${theirs}%`);
    expect(message).toContain(`Tiến độ: ${mine}%`);
    expect(message).toContain(note);
    expect(await pageB.progressForm().getByLabel('Nội dung báo cáo').inputValue()).toBe(note);
    await conflict.screenshot({ path: path.join(SCREENSHOTS, 'task-progress-conflict-390.png') });

    await conflict.getByRole('button', { name: 'Áp dụng lại thông tin của tôi trên phiên bản mới' }).click();
    await second.page.getByText('Đã ghi nhận báo cáo tiến độ.').waitFor({ timeout: 20_000 });
    const saved = await getTask(leaderApi, task.id);
    expect(saved).toMatchObject({ progress: mine, version: task.version + 2 });
    const updates = await leaderApi.json<{ items: { progressBefore: number; progressAfter: number; note: string }[] }>(`/api/v1/tasks/${task.id}/updates`);
    expect(updates.body.items.slice(0, 2)).toEqual([
      expect.objectContaining({ progressBefore: theirs, progressAfter: mine, note }),
      expect.objectContaining({ progressBefore: task.progress, progressAfter: theirs, note: 'Báo cáo của lãnh đạo Sở.' }),
    ]);
    await first.context.close();
    await second.context.close();
  });
});

describe('a new task', () => {
  it('is refused with per-field messages when incomplete, then created with its indicators', async () => {
    const { context, page } = await signInAs(DEMO.leader);
    await page.goto('/tasks/new');
    const form = new TaskFormPage(page);
    await form.field('title').fill('Hỗ trợ 3 dự án khởi nghiệp đổi mới sáng tạo tại huyện Tràng Định');
    await page.getByRole('button', { name: 'Tạo nhiệm vụ' }).click();
    await page.locator('#task-code-error').filter({ hasText: 'Vui lòng nhập thông tin này.' }).waitFor();
    expect(await form.field('code').getAttribute('aria-invalid')).toBe('true');
    expect(await form.field('title').inputValue()).toBe('Hỗ trợ 3 dự án khởi nghiệp đổi mới sáng tạo tại huyện Tràng Định');

    const priority = await page.locator('#task-priorityId option', { hasText: '· NV4.' }).first().getAttribute('value');
    await form.field('priorityId').selectOption(priority!);
    await form.field('code').fill('NV4.90');
    await form.field('leadUnitId').selectOption({ label: 'huyện Tràng Định' });
    await page.getByRole('checkbox', { name: 'Phòng Quản lý Khoa học' }).check();
    await form.field('ownerId').selectOption({ label: 'Cán bộ huyện Tràng Định — huyện Tràng Định' });
    await form.field('startDate').fill('01/11/2021');
    await form.field('dueDate').fill('20/12/2021');
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await page.getByLabel('Tên chỉ tiêu').fill('Dự án khởi nghiệp được hỗ trợ');
    await page.getByLabel('Đơn vị tính').fill('dự án');
    await page.getByLabel('Mục tiêu').fill('3');
    await page.getByRole('button', { name: 'Tạo nhiệm vụ' }).click();
    await page.waitForURL((url) => /^\/tasks\/\d+$/.test(url.pathname), { timeout: 20_000 });
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const created = await getTask(leaderApi, id);
    expect(created).toMatchObject({ code: 'NV4.90', leadUnitId: tdUnitId, startDate: '2021-11-01', dueDate: '2021-12-20', status: 'not_started', version: 1 });
    expect(created.supportingUnitIds).toHaveLength(1);
    expect((created as unknown as { indicators: { name: string; target: number }[] }).indicators).toEqual([expect.objectContaining({ name: 'Dự án khởi nghiệp được hỗ trợ', target: 3 })]);
    expect(await new TaskPage(page).history().textContent()).toContain('tạo nhiệm vụ');
    await context.close();
  });
});
