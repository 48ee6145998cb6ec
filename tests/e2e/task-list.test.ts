// The task views in Chromium: the leader searches without diacritics, filters by timeliness, shares
// the URL, and opens the board and the timeline with the same filters. What the page shows is
// checked against the JSON API (same filters, same data-access function), not against fixed counts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/http-client';
import { SignInPage } from './pages/sign-in-page';

type ApiTask = { id: number; code: string; title: string; status: string; timeliness: string };

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function signInAs(email: string, options: { mobile?: boolean; javaScript?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, inject('baseUrl'), options);
  contexts.push(context);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

/** The codes in the task table, in order (the code column, or the title link's task id). */
async function tableTaskIds(page: Page): Promise<number[]> {
  const hrefs = await page.locator('table tbody tr td a[href^="/tasks/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => Number(h.split('/').pop()));
}

/** The same list from the JSON API, in the browser's session. */
let planId = '';

async function apiTasks(page: Page, query: string): Promise<{ items: ApiTask[]; total: number }> {
  const response = await page.request.get(`/api/v1/tasks?plan=${planId}&${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { items: ApiTask[]; total: number };
}

describe('task list, board and timeline', () => {
  let leader: Page;
  let overdueUrl: string;
  let overdueIds: number[];

  beforeAll(async () => {
    leader = await signInAs(DEMO.leader);
  });

  it('lists the plan’s tasks with the leader’s actions', async () => {
    await leader.goto('/tasks');
    await expect.poll(() => leader.getByRole('heading', { level: 1 }).textContent()).toBe('Nhiệm vụ');
    // No plan in the URL: the active plan is chosen.
    planId = await leader.getByLabel('Kế hoạch').inputValue();
    expect(planId).toMatch(/^\d+$/);
    expect(await leader.getByLabel('Kế hoạch').locator('option:checked').textContent()).toContain('2021');
    const ids = await tableTaskIds(leader);
    const api = await apiTasks(leader, 'pageSize=50');
    expect(ids).toEqual(api.items.map((i) => i.id));
    expect(await leader.getByRole('link', { name: 'Tạo nhiệm vụ' }).getAttribute('href')).toBe('/tasks/new');
    const exportHref = await leader.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href');
    expect(exportHref).toMatch(/^\/api\/v1\/tasks\/export\?plan=\d+$/);
    await screenshot(leader, 'tasks-list');
  });

  it('finds the Lạng Sơn tasks from "lang son" typed without diacritics', async () => {
    await leader.getByLabel('Tìm kiếm').fill('lang son');
    await leader.getByLabel('Tìm kiếm').press('Enter');
    await leader.waitForURL((url) => url.searchParams.get('q') === 'lang son');
    const api = await apiTasks(leader, 'q=L%E1%BA%A0NG%20S%C6%A0N&pageSize=200');
    expect(api.total).toBeGreaterThan(0);
    await expect.poll(() => tableTaskIds(leader)).toEqual(api.items.map((i) => i.id));
    const titles = await leader.locator('table tbody tr td a[href^="/tasks/"]').allTextContents();
    expect(titles.some((title) => title.includes('Lạng Sơn'))).toBe(true);
    expect(await leader.locator('#task-count').textContent()).toBe(`${api.total} nhiệm vụ`);
  });

  it('filters by timeliness "Quá hạn" and carries it in the URL', async () => {
    await leader.getByLabel('Tìm kiếm').fill('');
    await leader.getByLabel('Tiến độ so với hạn').focus();
    await leader.getByLabel('Tiến độ so với hạn').selectOption({ label: 'Quá hạn' });
    // The select applies itself (the search box was emptied, so it leaves the URL too).
    await leader.waitForURL((url) => url.searchParams.get('timeliness') === 'overdue' && !url.searchParams.has('q'));
    const api = await apiTasks(leader, 'timeliness=overdue&pageSize=200');
    expect(api.total).toBeGreaterThan(0);
    await expect.poll(() => tableTaskIds(leader)).toEqual(api.items.map((i) => i.id));
    const badges = await leader.locator('table tbody tr td .badge').allTextContents();
    expect(new Set(badges)).toEqual(new Set(['Quá hạn']));
    // Focus stays on the select that changed, and it still shows the choice.
    expect(await leader.evaluate(() => document.activeElement?.id)).toBe('task-timeliness');
    expect(await leader.getByLabel('Tiến độ so với hạn').inputValue()).toBe('overdue');
    overdueUrl = leader.url();
    overdueIds = api.items.map((i) => i.id);
  });

  it('shows the same rows when the URL is opened in a new page', async () => {
    const page = await leader.context().newPage();
    await page.goto(overdueUrl);
    expect(await tableTaskIds(page)).toEqual(overdueIds);
    expect(await page.getByLabel('Tiến độ so với hạn').inputValue()).toBe('overdue');
    await page.close();
  });

  it('shows the board by status with the same filters', async () => {
    await leader.getByRole('link', { name: 'Theo trạng thái' }).click();
    await leader.waitForURL((url) => url.pathname === '/tasks/board' && url.searchParams.get('timeliness') === 'overdue');
    for (const heading of ['Chưa bắt đầu', 'Đang thực hiện', 'Chờ xác nhận', 'Hoàn thành', 'Tạm dừng', 'Đã hủy']) {
      expect(await leader.getByRole('heading', { level: 2, name: new RegExp(`^${heading}`) }).count()).toBe(1);
    }
    const cardIds = await leader.locator('[data-status] li a[href^="/tasks/"]').evaluateAll((links) => links.map((a) => Number(a.getAttribute('href')!.split('/').pop())));
    expect([...cardIds].sort((a, b) => a - b)).toEqual([...overdueIds].sort((a, b) => a - b));

    await leader.goto('/tasks/board');
    const all = await apiTasks(leader, 'pageSize=200');
    for (const status of ['not_started', 'in_progress', 'completed']) {
      const expected = all.items.filter((i) => i.status === status).length;
      expect(await leader.locator(`[data-status="${status}"] li`).count()).toBe(expected);
    }
    await screenshot(leader, 'tasks-board');
  });

  it('shows the timeline by priority with a today marker and a table behind it', async () => {
    await leader.goto('/tasks/timeline');
    expect(await leader.getByText('Hôm nay 15/10/2021').count()).toBe(1);
    const groups = leader.locator('section h2');
    expect(await groups.count()).toBe(7);
    expect(await groups.first().textContent()).toMatch(/^NV1\./);
    const all = await apiTasks(leader, 'pageSize=200');
    // One keyboard-reachable link per task in the chart, and one row per task in the table.
    const chartLinks = leader.locator('[role="region"] li a[href^="/tasks/"]:not([tabindex="-1"])');
    expect(await chartLinks.count()).toBe(all.total);
    await leader.getByText('Xem dạng bảng').click();
    expect(await leader.locator('details table tbody tr').count()).toBe(all.total);
    await leader.getByText('Xem dạng bảng').click();
    await screenshot(leader, 'tasks-timeline');

    // On paper: no form, but the filters written out; the chart keeps its colors and labels.
    await leader.goto('/tasks/timeline?timeliness=at_risk');
    await leader.emulateMedia({ media: 'print' });
    expect(await leader.getByText('Điều kiện lọc: Tiến độ so với hạn: Có nguy cơ chậm').isVisible()).toBe(true);
    expect(await leader.getByRole('search').isVisible()).toBe(false);
    await screenshot(leader, 'tasks-timeline-print');
    await leader.emulateMedia({ media: 'screen' });
  });

  it('shows a notice and the whole list for a URL with an invalid filter', async () => {
    await leader.goto('/tasks?status=finished&unit=abc');
    expect(await leader.getByRole('status').filter({ hasText: 'không hợp lệ' }).count()).toBe(1);
    const api = await apiTasks(leader, 'pageSize=50');
    expect(await tableTaskIds(leader)).toEqual(api.items.map((i) => i.id));
  });

  it('sorts by a column header and pages through the list', async () => {
    await leader.goto('/tasks');
    await leader.getByRole('link', { name: /^Hạn/ }).click();
    await leader.waitForURL((url) => url.searchParams.get('sort') === 'dueDate');
    const api = await apiTasks(leader, 'sort=dueDate&pageSize=50');
    await expect.poll(() => tableTaskIds(leader)).toEqual(api.items.map((i) => i.id));
    expect(await leader.locator('th[aria-sort="ascending"]').textContent()).toContain('Hạn');

    await leader.goto('/tasks?pageSize=10&sort=code');
    const total = (await apiTasks(leader, 'pageSize=1')).total;
    expect(await leader.getByRole('navigation', { name: 'Phân trang' }).textContent()).toContain(`1–10 trong số ${total}`);
    await leader.getByRole('link', { name: 'Trang sau' }).click();
    await leader.waitForURL((url) => url.searchParams.get('page') === '2');
    const page2 = await apiTasks(leader, 'pageSize=10&page=2&sort=code');
    await expect.poll(() => tableTaskIds(leader)).toEqual(page2.items.map((i) => i.id));
    expect(await leader.getByRole('navigation', { name: 'Phân trang' }).textContent()).toContain(`11–20 trong số ${total}`);
  });

  it('filters without JavaScript through the plain GET form', async () => {
    const context = await browser.newContext({ baseURL: inject('baseUrl'), locale: 'vi-VN', javaScriptEnabled: false });
    contexts.push(context);
    await context.addCookies(await leader.context().cookies());
    const page = await context.newPage();
    await page.goto('/tasks');
    await page.getByLabel('Tìm kiếm').fill('thach den');
    await page.getByLabel('Trạng thái', { exact: true }).selectOption({ label: 'Đang thực hiện' });
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'thach den');
    const api = await apiTasks(page, 'q=thach%20den&status=in_progress&pageSize=200');
    expect(await tableTaskIds(page)).toEqual(api.items.map((i) => i.id));
  });

  it('collapses gracefully at 390px and hides "Tạo nhiệm vụ" from an officer', async () => {
    const phone = await signInAs(DEMO.officerTrangDinh, { mobile: true });
    await phone.goto('/tasks');
    expect(await phone.getByRole('link', { name: 'Tạo nhiệm vụ' }).count()).toBe(0);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    // The table gives way to one card per task, with the same tasks in the same order.
    expect(await phone.locator('table').isVisible()).toBe(false);
    const cards = phone.getByRole('list', { name: /nhiệm vụ$/ }).getByRole('listitem');
    const cardIds = await cards.locator('a[href^="/tasks/"]').evaluateAll((links) => links.map((a) => Number(a.getAttribute('href')!.split('/').pop())));
    expect(cardIds).toEqual((await apiTasks(phone, 'pageSize=50')).items.map((i) => i.id));
    expect(await cards.first().isVisible()).toBe(true);
    await screenshot(phone, 'tasks-list-390');
    await phone.goto('/tasks/board');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'tasks-board-390');
    await phone.goto('/tasks/timeline');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'tasks-timeline-390');
  });
});
