// The dashboard in Chromium, as the provincial People's Committee sees it: the viewer lands on it,
// reads the headline figures, and drills from a bar (and from its data table) into the task list.
// Figures are checked against the JSON task list (another data-access path), not fixed numbers.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';
import { DEMO, DEMO_PASSWORD, signedIn } from '../support/http-client';
import { SignInPage } from './pages/sign-in-page';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function signInAsViewer(options: { mobile?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, inject('baseUrl'), options);
  contexts.push(context);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.viewer, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

/** The total of the JSON task list for a query, in the browser's session. */
async function apiTotal(page: Page, query: string): Promise<{ total: number; ids: number[] }> {
  const response = await page.request.get(`/api/v1/tasks?${query}&pageSize=200`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { items: { id: number }[]; total: number };
  return { total: body.total, ids: body.items.map((i) => i.id) };
}

/** The task ids in the task list's table, in order. */
async function tableTaskIds(page: Page): Promise<number[]> {
  const hrefs = await page.locator('table tbody tr td a[href^="/tasks/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => Number(h.split('/').pop()));
}

/** A headline figure as a number ("1.234" in Vietnamese format → 1234). */
async function figure(page: Page, key: string): Promise<number> {
  const text = await page.locator(`[data-figure="${key}"] span`).nth(1).textContent();
  return Number((text ?? '').replace(/\./g, '').replace(',', '.'));
}

/** Every chart has drawn its bars (recharts arrives in a lazy chunk after the page). */
async function chartsDrawn(page: Page): Promise<void> {
  for (const id of ['chart-priorities', 'chart-units', 'chart-districts', 'chart-status', 'chart-indicators']) {
    await page.locator(`[data-chart="${id}"] [data-drill]`).first().waitFor({ timeout: 20_000 });
  }
  await page.locator('[data-chart="chart-months"] [data-drill]').first().waitFor({ timeout: 20_000 });
}

describe('dashboard', () => {
  let page: Page;
  let planId: string;

  const reason = 'Mô hình nhân rộng đúng kế hoạch, cần bổ sung số liệu của 2 huyện.';

  beforeAll(async () => {
    // A leader's judgement on NV7, which the dashboard must show beside the computed progress.
    const leader = await signedIn(DEMO.leader);
    const { body } = await leader.json<{ items: { id: number; code: string }[] }>('/api/v1/priorities');
    const nv7 = body.items.find((p) => p.code === 'NV7')!;
    const rated = await leader.fetch(`/api/v1/priorities/${nv7.id}/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rating: 'amber', reason }),
    });
    expect(rated.status).toBe(201);
    page = await signInAsViewer();
  });

  it('is the viewer’s home page, with the headline figures of the active plan', async () => {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Kế hoạch công tác năm 2021');
    // Each block streams in on its own (Suspense): wait for the figures.
    await page.locator('[data-figure="rateDue"]').waitFor();
    planId = await page.getByLabel('Kế hoạch', { exact: true }).inputValue();
    expect(planId).toMatch(/^\d+$/);

    // Both completion rates are there, each saying what it counts over.
    for (const label of ['Tỷ lệ hoàn thành (nhiệm vụ đã đến hạn)', 'Tỷ lệ hoàn thành (tổng số nhiệm vụ)', 'Tỷ lệ hoàn thành đúng hạn']) {
      expect(await page.getByText(label, { exact: true }).isVisible()).toBe(true);
    }
    expect(await page.locator('[data-figure="rateDue"]').textContent()).toMatch(/\d+(,\d)?%/);

    // The counts equal the task list's totals for the same slices (a different query path).
    const plan = `plan=${planId}`;
    expect(await figure(page, 'overdue')).toBe((await apiTotal(page, `${plan}&timeliness=overdue`)).total);
    expect(await figure(page, 'atRisk')).toBe((await apiTotal(page, `${plan}&timeliness=at_risk`)).total);
    expect(await figure(page, 'completed')).toBe((await apiTotal(page, `${plan}&status=completed`)).total);
    expect(await figure(page, 'awaiting')).toBe((await apiTotal(page, `${plan}&status=awaiting_confirmation`)).total);
    const cancelled = (await apiTotal(page, `${plan}&status=cancelled`)).total;
    expect(await figure(page, 'tasks')).toBe((await apiTotal(page, plan)).total - cancelled);
    expect(await figure(page, 'overdue')).toBeGreaterThan(0);

    // Judgement beside data: NV7's health rating and sentence next to its weighted progress.
    const nv7 = page.locator('li', { has: page.locator('strong', { hasText: /^NV7$/ }) });
    expect(await nv7.textContent()).toMatch(/NV7\s*\d+(,\d)?%\s*Vàng — cần chú ý/);
    expect(await nv7.textContent()).toContain(reason);
    expect(await page.locator('li', { has: page.locator('strong', { hasText: /^NV6$/ }) }).textContent()).toContain('Chưa đánh giá');

    // The overdue list links to the tasks themselves.
    const overdue = page.locator('section[aria-labelledby="list-overdue"] tbody tr');
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await overdue.first().locator('a[href^="/tasks/"]').getAttribute('href')).toMatch(/^\/tasks\/\d+$/);

    await chartsDrawn(page);
    await page.mouse.move(0, 0);
    await screenshot(page, 'dashboard');
  });

  it('drills from a bar of “timeliness by district” into the task list filtered to that slice', async () => {
    await page.goto('/');
    await chartsDrawn(page);
    const segment = page.locator('[data-chart="chart-districts"] [data-drill*="timeliness=overdue"]').first();
    const href = (await segment.getAttribute('data-drill'))!;
    const expected = new URL(href, 'http://x').searchParams;
    expect(expected.get('plan')).toBe(planId);
    expect(expected.get('unit')).toMatch(/^\d+$/);
    // The number drawn in the segment is the number of tasks the list must show.
    const drawn = Number(await segment.locator('text').textContent());

    await segment.scrollIntoViewIfNeeded();
    const box = (await segment.locator('rect').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL((url) => url.pathname === '/tasks' && url.searchParams.get('timeliness') === 'overdue');
    const url = new URL(page.url());
    expect(url.searchParams.get('unit')).toBe(expected.get('unit'));
    expect(url.searchParams.get('plan')).toBe(planId);

    const api = await apiTotal(page, `plan=${planId}&unit=${expected.get('unit')}&timeliness=overdue`);
    expect(api.total).toBe(drawn);
    await expect.poll(() => tableTaskIds(page)).toEqual(api.ids);
    // Every row is overdue.
    const badges = await page.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(badges.length).toBe(drawn);
    for (const text of badges) expect(text).toContain('Quá hạn');
  });

  it('drills from a bar of “progress by priority” with the mouse, and from its data table with the keyboard', async () => {
    await page.goto('/');
    await chartsDrawn(page);
    const bar = page.locator('[data-chart="chart-priorities"] [data-drill]').nth(2);
    const href = (await bar.getAttribute('data-drill'))!;
    const priority = new URL(href, 'http://x').searchParams.get('priority');
    expect(priority).toMatch(/^\d+$/);
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.locator('rect').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL((url) => url.pathname === '/tasks' && url.searchParams.get('priority') === priority);
    const api = await apiTotal(page, `plan=${planId}&priority=${priority}`);
    await expect.poll(() => tableTaskIds(page)).toEqual(api.ids);

    // The same slice from the data table behind the chart, opened and followed with the keyboard.
    await page.goto('/');
    await chartsDrawn(page);
    const card = page.locator('section[aria-labelledby="chart-priorities-title"]');
    const summary = card.getByText('Xem bảng số liệu');
    await summary.focus();
    await page.keyboard.press('Enter');
    const link = card.locator(`table a[href="${href}"]`).first();
    await expect.poll(() => link.isVisible()).toBe(true);
    expect(await link.getAttribute('aria-label')).toMatch(/^NV\d, Số nhiệm vụ: \d+$/);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/tasks' && url.searchParams.get('priority') === priority);
    await expect.poll(() => tableTaskIds(page)).toEqual(api.ids);
  });

  it('drills from a month of the cumulative chart into the tasks due by its end', async () => {
    await page.goto('/');
    await chartsDrawn(page);
    const column = page.locator('[data-chart="chart-months"] rect[data-drill*="dueTo=2021-08-31"]');
    await column.scrollIntoViewIfNeeded();
    const box = (await column.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 3);
    await page.waitForURL((url) => url.pathname === '/tasks' && url.searchParams.get('dueTo') === '2021-08-31');
    const api = await apiTotal(page, `plan=${planId}&dueTo=2021-08-31`);
    await expect.poll(() => tableTaskIds(page)).toEqual(api.ids);
    // The month's row in the data table says the same: tasks due by the end of August.
    await page.goto('/');
    const cell = page.locator('section[aria-labelledby="chart-months-title"] table a[aria-label^="08/2021, Kế hoạch lũy kế"]');
    expect(await cell.textContent()).toBe(String(api.total));
  });

  it('keeps the filters in the URL and narrows every figure to them', async () => {
    await page.goto('/');
    const district = await page.getByLabel('Đơn vị (chủ trì hoặc phối hợp)', { exact: true }).locator('option', { hasText: 'huyện Tràng Định' }).getAttribute('value');
    await page.getByLabel('Đơn vị (chủ trì hoặc phối hợp)', { exact: true }).selectOption(district!);
    await page.waitForURL((url) => url.searchParams.get('unit') === district);
    await expect.poll(() => figure(page, 'tasks')).toBe(
      (await apiTotal(page, `plan=${planId}&unit=${district}`)).total - (await apiTotal(page, `plan=${planId}&unit=${district}&status=cancelled`)).total,
    );
    // Drill-down links keep the dashboard's filter.
    expect(await page.locator('[data-figure="overdue"] a').getAttribute('href')).toBe(`/tasks?plan=${planId}&unit=${district}&timeliness=overdue`);
  });

  it('prints every data table, and the charts stay out of the keyboard order', async () => {
    await page.goto('/');
    await chartsDrawn(page);
    expect(await page.locator('[data-chart] [tabindex]:not([tabindex="-1"])').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const tables = page.locator('details table');
    expect(await tables.count()).toBe(6);
    for (let i = 0; i < 6; i++) expect(await tables.nth(i).isVisible()).toBe(true);
    expect(await page.getByRole('search').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('fits a 390-pixel phone', async () => {
    const phone = await signInAsViewer({ mobile: true });
    await chartsDrawn(phone);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'dashboard-mobile');
  });
});
