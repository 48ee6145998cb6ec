// The administration pages in Chromium: the administrator creates and disables an account, issues a
// token that is shown once, and every page is captured; a viewer opening them is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import path from 'node:path';
import { launchBrowser, newContext, screenshot, SCREENSHOTS } from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/http-client';
import { SignInPage } from './pages/sign-in-page';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
});

const RUN = Date.now().toString(36);
const TEMPORARY = 'Tam-thoi-VanLang-2021';

async function signedInPage(email: string, password = DEMO_PASSWORD, options: { mobile?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, inject('baseUrl'), options);
  contexts.push(context);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 20_000 });
  return page;
}

/** Opens a page and waits until it is interactive (the forms submit through React). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

/** Creates an account through the page's form and waits for the confirmation. */
async function createAccount(page: Page, account: { email: string; name: string; unit: string }): Promise<void> {
  await open(page, '/admin/accounts');
  const create = page.locator('details', { hasText: 'Tạo tài khoản mới' });
  await create.locator('summary').click();
  await create.getByLabel('Thư điện tử').fill(account.email);
  await create.getByLabel('Họ và tên').fill(account.name);
  await create.getByLabel('Vai trò').selectOption({ label: 'Cán bộ' });
  await create.getByLabel('Đơn vị').selectOption({ label: account.unit });
  await create.getByLabel('Mật khẩu tạm').fill(TEMPORARY);
  await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await create.getByRole('status').filter({ hasText: 'Đã tạo tài khoản' }).waitFor({ timeout: 15_000 });
}

function accountRow(page: Page, email: string) {
  return page.locator('tbody tr', { hasText: email });
}

describe('administration in the browser', () => {
  it('the administrator creates an account for huyện Văn Lãng and disables it; it can no longer sign in', async () => {
    const page = await signedInPage(DEMO.admin);
    await open(page, '/admin');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quản trị hệ thống');
    await screenshot(page, 'admin-index');

    const email = `canbo.vanlang.${RUN}@langson.gov.vn`;
    await createAccount(page, { email, name: 'Lăng Văn Kiểm', unit: 'huyện Văn Lãng' });
    const row = accountRow(page, email);
    await row.waitFor();
    expect(await row.textContent()).toContain('huyện Văn Lãng');
    expect(await row.textContent()).toContain('Phải đổi mật khẩu');
    expect(await row.textContent()).toContain('Chưa đăng nhập');

    await row.getByRole('link', { name: 'Quản lý tài khoản Lăng Văn Kiểm' }).click();
    const panel = page.locator('#account-panel');
    await panel.waitFor();
    await page.waitForLoadState('networkidle');
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain(email);
    await screenshot(page, 'admin-account-panel');

    await panel.getByRole('button', { name: 'Vô hiệu hóa tài khoản' }).click();
    await panel.getByRole('status').filter({ hasText: 'Đã vô hiệu hóa tài khoản' }).waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'Kích hoạt lại tài khoản' }).waitFor();
    await accountRow(page, email).getByText('Đã vô hiệu hóa').waitFor();
    await screenshot(page, 'admin-accounts');

    // The disabled account, with the right password, is refused in Vietnamese.
    const context = await newContext(browser, inject('baseUrl'));
    contexts.push(context);
    const other = await context.newPage();
    const signIn = new SignInPage(other);
    await signIn.open();
    await signIn.signIn(email, TEMPORARY);
    await signIn.errorMessage().waitFor({ timeout: 15_000 });
    expect(await signIn.errorMessage().textContent()).toContain('Tài khoản đã bị vô hiệu hóa');
    expect(new URL(other.url()).pathname).toBe('/sign-in');
  });

  it('a new account must change its temporary password first, then signs in with the new one', async () => {
    const admin = await signedInPage(DEMO.admin);
    const email = `moi.vanlang.${RUN}@langson.gov.vn`;
    await createAccount(admin, { email, name: 'Hoàng Thị Mới', unit: 'huyện Văn Lãng' });

    const page = await signedInPage(email, TEMPORARY);
    await page.waitForURL((url) => url.pathname === '/account/password');
    // Any other page sends the user back until the password is changed.
    await page.goto('/admin');
    await page.waitForURL((url) => url.pathname === '/account/password');
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('status').filter({ hasText: 'mật khẩu tạm' }).count()).toBe(1);
    await screenshot(page, 'account-password-forced');

    await page.getByLabel('Mật khẩu hiện tại').fill('not-the-temporary-one');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Mat-khau-moi-cua-toi');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Mat-khau-moi-cua-toi');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu hiện tại không đúng.').waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('Mật khẩu hiện tại').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Mật khẩu hiện tại').fill(TEMPORARY);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('changed') === '1', { timeout: 20_000 });
    expect(await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' }).count()).toBe(1);

    const signIn = new SignInPage(page);
    await signIn.signIn(email, 'Mat-khau-moi-cua-toi');
    await page.waitForURL((url) => url.pathname === '/', { timeout: 20_000 });
  });

  it('issues a token that is shown once, works as a Bearer token, and can be revoked', async () => {
    const page = await signedInPage(DEMO.admin);
    await open(page, '/admin/tokens');
    await page.getByLabel('Cấp cho người dùng').selectOption({ label: `Chuyên viên Phòng QLKH — ${DEMO.officerQlkh}` });
    await page.getByLabel('Tên mã').fill(`Cổng dịch vụ công ${RUN}`);
    await page.getByRole('button', { name: 'Cấp mã' }).click();
    const field = page.getByLabel('Mã truy cập (chỉ hiển thị một lần)');
    await field.waitFor({ timeout: 15_000 });
    const token = await field.inputValue();
    expect(token).toMatch(/^khcn_[A-Za-z0-9_-]{40,}$/);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByText('Mã chỉ hiển thị một lần').count()).toBe(1);
    await screenshot(page, 'admin-tokens-issued');

    const bearer = { authorization: `Bearer ${token}` };
    expect((await fetch(new URL('/api/v1/tasks', inject('baseUrl')), { headers: bearer })).status).toBe(200);

    // Shown once: a fresh load of the page lists the token by its prefix only.
    await open(page, '/admin/tokens');
    expect(await page.getByLabel('Mã truy cập (chỉ hiển thị một lần)').count()).toBe(0);
    expect(await page.content()).not.toContain(token);
    const row = page.locator('tbody tr', { hasText: `Cổng dịch vụ công ${RUN}` });
    expect(await row.textContent()).toContain(token.slice(0, 12));
    expect(await row.textContent()).toContain('Đang hiệu lực');
    await screenshot(page, 'admin-tokens');

    await row.getByRole('button', { name: /^Thu hồi mã/ }).click();
    await row.getByText('Đã thu hồi').waitFor({ timeout: 15_000 });
    expect((await fetch(new URL('/api/v1/tasks', inject('baseUrl')), { headers: bearer })).status).toBe(401);
  });

  it('shows the unit tree and the audit log', async () => {
    const page = await signedInPage(DEMO.admin);
    await open(page, '/admin/units');
    const vanLang = page.locator('tbody tr', { hasText: 'huyện Văn Lãng' });
    expect(await vanLang.textContent()).toContain('01/01/2008 – 30/06/2025');
    await screenshot(page, 'admin-units');
    await vanLang.getByRole('link', { name: 'Sửa đơn vị huyện Văn Lãng' }).click();
    await page.locator('#unit-panel').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'admin-unit-panel');

    await open(page, '/audit');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator('tbody').textContent()).toContain('Tạo tài khoản');
    await screenshot(page, 'audit');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-top.png') });
    await page.getByLabel('Đối tượng').selectOption({ label: 'Mã truy cập API' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL((url) => url.searchParams.get('entity') === 'api_token');
    const entities = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(entities.length).toBeGreaterThan(0);
    expect(entities.every((text) => text.startsWith('Mã truy cập API #'))).toBe(true);
  });

  it('the accounts page works on a 390 px phone', async () => {
    const page = await signedInPage(DEMO.admin, DEMO_PASSWORD, { mobile: true });
    await open(page, '/admin/accounts');
    await accountRow(page, DEMO.officerTrangDinh).waitFor();
    // Nothing wider than the screen but the table's own scroll area.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'admin-accounts-mobile');
    // The first screenful as a phone shows it, for a closer look than the whole long page.
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-accounts-mobile-top.png') });
  });

  it('a viewer opening the administration pages is refused, not shown the table', async () => {
    const page = await signedInPage(DEMO.viewer);
    for (const path of ['/admin/accounts', '/admin', '/admin/units', '/admin/tokens', '/audit']) {
      await open(page, path);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không có quyền truy cập (403)');
      expect(await page.locator('#main [role="alert"]').textContent()).toContain('Bạn không có quyền thực hiện thao tác này.');
      expect(await page.locator('table').count()).toBe(0);
      expect(await page.locator('form input[name="email"], form input[name="code"]').count()).toBe(0);
    }
    await open(page, '/admin/accounts');
    await screenshot(page, 'admin-accounts-refused-viewer');
  });
});
