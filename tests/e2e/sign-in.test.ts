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
    expect(await page.getByText('Thạch đen Tràng Định').first().isVisible()).toBe(true);
    await screenshot(page, `home-${role}`);
    await context.close();
  });
});
