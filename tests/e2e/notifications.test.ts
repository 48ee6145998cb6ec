// The bell in Chromium: an officer requests completion over the JSON API, the leader sees the
// unread count in the header, opens /notifications, finds the request and marks everything read.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot, SCREENSHOTS } from '../support/browser';
import { DEMO, DEMO_PASSWORD, signedIn } from '../support/http-client';
import { SignInPage } from './pages/sign-in-page';

const CODE = 'E2E-BELL-1';
const BELL = /^\d+ thông báo chưa đọc$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signInAs(email: string, options: { mobile?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, inject('baseUrl'), options);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

/** A fresh task of huyện Tràng Định whose completion the officer requests through the API. */
async function requestCompletionAsOfficer(): Promise<number> {
  const leader = await signedIn(DEMO.leader);
  const officer = await signedIn(DEMO.officerTrangDinh);
  const unitId = (await officer.session())!.user!.unitId;
  const priorities = await leader.json<{ items: { id: number }[] }>('/api/v1/priorities');
  const created = await leader.json<{ id: number; version: number }>('/api/v1/tasks', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      priorityId: priorities.body.items[0]!.id,
      code: CODE,
      title: 'Thử chuông thông báo: tổng hợp báo cáo quý',
      leadUnitId: unitId,
      startDate: '2021-10-01',
      dueDate: '2021-11-30',
    }),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const update = await officer.json<{ status: string }>(`/api/v1/tasks/${created.body.id}/updates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version: created.body.version, progress: 100, requestCompletion: true }),
  });
  expect(update.status, JSON.stringify(update.body)).toBe(201);
  expect(update.body.status).toBe('awaiting_confirmation');
  return created.body.id;
}

describe('notifications in the browser', () => {
  it('shows the leader the bell count, the request on /notifications, and marks all read', async () => {
    const taskId = await requestCompletionAsOfficer();
    const page = await signInAs(DEMO.leader);

    const bell = page.getByRole('link', { name: BELL });
    const label = (await bell.getAttribute('aria-label'))!;
    expect(label).toMatch(/^\d+ thông báo chưa đọc$/);
    expect(Number(label.split(' ')[0])).toBeGreaterThan(0);
    await page.locator('header').screenshot({ path: path.join(SCREENSHOTS, 'notifications-header-bell.png') });

    await bell.click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thông báo');
    const item = page.getByRole('listitem').filter({ hasText: `Nhiệm vụ ${CODE} được đề nghị xác nhận hoàn thành, chờ Lãnh đạo xem xét.` });
    expect(await item.count()).toBe(1);
    expect(await item.getByText('Chưa đọc').isVisible()).toBe(true);
    expect(await item.getByRole('link', { name: `Xem nhiệm vụ ${CODE}` }).getAttribute('href')).toBe(`/tasks/${taskId}`);
    await screenshot(page, 'notifications-page');

    await page.getByRole('button', { name: 'Đánh dấu tất cả là đã đọc' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đánh dấu tất cả thông báo là đã đọc.' }).waitFor({ timeout: 15_000 });
    await page.getByText('Không có thông báo chưa đọc.').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('link', { name: 'Thông báo, không có thông báo chưa đọc' }).isVisible()).toBe(true);
    expect(await item.getByText('Chưa đọc').count()).toBe(0);
    await screenshot(page, 'notifications-page-read');

    // Read stays read: a fresh load shows no unread count.
    await page.reload();
    expect(await page.getByRole('link', { name: BELL }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Thông báo, không có thông báo chưa đọc' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the plans with their status and the next step for a leader', async () => {
    const page = await signInAs(DEMO.leader);
    await page.goto('/plans');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kế hoạch');
    const row = page.getByRole('row').filter({ hasText: 'Kế hoạch công tác năm 2021' });
    expect(await row.getByText('Đang thực hiện').isVisible()).toBe(true);
    expect(await row.getByText('Khởi tạo kế hoạch năm sau…').isVisible()).toBe(true);
    await row.getByText('Khởi tạo kế hoạch năm sau…').click();
    expect(await row.getByRole('button', { name: /Khởi tạo kế hoạch năm 2022 từ/ }).isVisible()).toBe(true);
    await screenshot(page, 'plans-page');
    await page.context().close();

    const phone = await signInAs(DEMO.officerTrangDinh, { mobile: true });
    await phone.goto('/plans');
    // Officers see the plans but no button to change them.
    expect(await phone.getByRole('row').filter({ hasText: 'Kế hoạch công tác năm 2021' }).count()).toBe(1);
    expect(await phone.getByText('Khởi tạo kế hoạch năm sau…').count()).toBe(0);
    await screenshot(phone, 'plans-page-officer-mobile');
    await phone.context().close();

    // The reminder job ran at server start (SEED_TODAY 2021-10-15): the officer of Phòng Quản lý
    // Công nghệ owns tasks overdue since 30/09/2021 and has been reminded of them.
    const officer = await signInAs('qlcn@khcn.langson.gov.vn', { mobile: true });
    await officer.goto('/notifications');
    expect(await officer.getByRole('listitem').filter({ hasText: /đã quá hạn hoàn thành/ }).count()).toBeGreaterThan(0);
    await screenshot(officer, 'notifications-page-officer-mobile');
    await officer.context().close();
  });
});
