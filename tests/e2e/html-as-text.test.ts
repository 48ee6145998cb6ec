// HTML in a title is text (issue 6): a task whose title and description are markup, created through
// the API, reads literally in Chromium on the task page and in the task list, and none of it runs.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext } from '../support/browser';
import { DEMO, DEMO_PASSWORD, signedIn } from '../support/http-client';
import { SignInPage } from './pages/sign-in-page';

const TITLE = `<img src=x onerror="window.__xss='img';alert(1)"><script>window.__xss='script';alert(2)</script> "quoted" & 'single'`;
const DESCRIPTION = `<a href="javascript:window.__xss='link'">bấm vào đây</a><iframe src="javascript:alert(3)"></iframe>`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let taskId: number;
let code: string;
const dialogs: string[] = [];

beforeAll(async () => {
  const leader = await signedIn(DEMO.leader);
  const plans = await leader.json<{ items: { id: number; year: number }[] }>('/api/v1/plans');
  const planId = plans.body.items.find((p) => p.year === 2021)!.id;
  const priorities = await leader.json<{ items: { id: number }[] }>(`/api/v1/priorities?plan=${planId}`);
  const units = await leader.json<{ items: { id: number; code: string }[] }>('/api/v1/units');
  code = `XSS-${Date.now().toString(36)}`;
  const created = await leader.json<{ id: number; title: string }>('/api/v1/tasks', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      priorityId: priorities.body.items[0]!.id,
      code,
      title: TITLE,
      description: DESCRIPTION,
      leadUnitId: units.body.items.find((u) => u.code === 'QLKH')!.id,
      startDate: '2021-03-01',
      dueDate: '2021-12-15',
    }),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.body.title).toBe(TITLE);
  taskId = created.body.id;

  browser = await launchBrowser();
  context = await newContext(browser, inject('baseUrl'));
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.leader, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Nothing from the title became an element or ran. */
async function expectNothingRan(): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('iframe').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

describe('markup in a task', () => {
  it('reads literally on the task page', async () => {
    await page.goto(`/tasks/${taskId}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toContain(TITLE);
    await expect.poll(() => page.locator('p', { hasText: 'bấm vào đây' }).first().textContent()).toBe(DESCRIPTION);
    expect(await page.title()).toContain(TITLE);
    await expectNothingRan();
  });

  it('reads literally in the task list', async () => {
    await page.goto(`/tasks?q=${encodeURIComponent(code)}`);
    const link = page.locator(`table tbody a[href="/tasks/${taskId}"]`).first();
    await expect.poll(() => link.textContent()).toBe(TITLE);
    await expectNothingRan();
  });
});
