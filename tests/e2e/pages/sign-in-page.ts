import type { Page } from 'playwright-core';

/** The sign-in page, by its accessible labels (Vietnamese first). */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/sign-in');
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Thư điện tử').fill(email);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  errorMessage() {
    // Next.js adds its own empty role=alert route announcer; ours is the form's alert.
    return this.page.locator('#sign-in-error');
  }
}
