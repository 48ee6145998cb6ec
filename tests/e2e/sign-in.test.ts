// Each demo account signs in through the real page in Chromium and reaches the home page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/http-client';
import { SignInPage } from './pages/sign-in-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('sign-in in the browser', () => {
  it('shows a clear Vietnamese message for a wrong password', async () => {
    const context = await newContext(browser, inject('baseUrl'));
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open();
    await screenshot(page, 'sign-in');
    await signIn.signIn(DEMO.officerQlkh, 'not-the-password');
    await signIn.errorMessage().waitFor({ timeout: 15_000 });
    expect(await signIn.errorMessage().textContent()).toContain('Thư điện tử hoặc mật khẩu không đúng.');
    expect(page.url()).not.toContain('password');
    await context.close();
  });

  it.each(Object.entries(DEMO))('%s signs in and reaches the home page', async (role, email) => {
    const context = await newContext(browser, inject('baseUrl'), { mobile: role === 'officerTrangDinh' });
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(email, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Kế hoạch công tác năm 2021');
    // The dashboard: its headline figures and the plan's priorities with their progress (each
    // block streams in on its own).
    await page.getByText('Tỷ lệ hoàn thành (nhiệm vụ đã đến hạn)').first().waitFor();
    await page.locator('li', { hasText: 'Triển khai Đề án Chiến lược sở hữu trí tuệ' }).first().waitFor();
    expect(await page.getByText('Tỷ lệ hoàn thành (nhiệm vụ đã đến hạn)').first().isVisible()).toBe(true);
    expect(await page.locator('li', { hasText: 'Triển khai Đề án Chiến lược sở hữu trí tuệ' }).first().isVisible()).toBe(true);
    await screenshot(page, `home-${role}`);
    await context.close();
  });
});
