import type { Locator, Page } from 'playwright-core';

/** The task page (/tasks/[id]) and its forms, by their accessible names (Vietnamese first). */
export class TaskPage {
  constructor(private readonly page: Page) {}

  async open(id: number): Promise<void> {
    await this.page.goto(`/tasks/${id}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  status(): Locator {
    return this.page.getByTestId('task-status');
  }

  timeliness(): Locator {
    return this.page.getByTestId('task-timeliness');
  }

  progressForm(): Locator {
    return this.page.locator('section[aria-labelledby="progress-form-title"]');
  }

  async postUpdate(input: { progress?: number; quick?: number; note: string; files?: string[]; requestCompletion?: boolean }): Promise<void> {
    const form = this.progressForm();
    if (input.quick !== undefined) await form.getByRole('button', { name: `Đặt tiến độ ${input.quick}%` }).click();
    if (input.progress !== undefined) await form.getByLabel('Tiến độ (%)').fill(String(input.progress));
    await form.getByLabel('Nội dung báo cáo').fill(input.note);
    if (input.files) await form.getByLabel('Tài liệu minh chứng').setInputFiles(input.files);
    if (input.requestCompletion) await form.getByLabel('Đề nghị xác nhận hoàn thành').check();
    await form.getByRole('button', { name: /^Gửi báo cáo/ }).click();
  }

  reviewSection(): Locator {
    return this.page.locator('section[aria-labelledby="review-title"]');
  }

  async confirmCompletion(): Promise<void> {
    await this.reviewSection().getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  }

  async returnCompletion(reason: string): Promise<void> {
    await this.reviewSection().getByLabel('Lý do trả lại').fill(reason);
    await this.reviewSection().getByRole('button', { name: 'Trả lại' }).click();
  }

  returnedNotice(): Locator {
    return this.page.getByTestId('returned-notice');
  }

  updates(): Locator {
    return this.page.getByTestId('updates');
  }

  history(): Locator {
    return this.page.getByTestId('history');
  }

  /** Waits until the header shows this status (after a Server Action re-renders the page). */
  async waitForStatus(text: string): Promise<void> {
    await this.page.getByTestId('task-status').filter({ hasText: text }).waitFor({ timeout: 20_000 });
  }
}

/** The task form (/tasks/new, /tasks/[id]/edit). */
export class TaskFormPage {
  constructor(private readonly page: Page) {}

  async openEdit(id: number): Promise<void> {
    await this.page.goto(`/tasks/${id}/edit`);
    await this.page.locator('#task-title').waitFor();
  }

  field(name: string): Locator {
    return this.page.locator(`#task-${name}`);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  }

  conflict(): Locator {
    return this.page.getByTestId('conflict');
  }

  async reapply(): Promise<void> {
    await this.conflict().getByRole('button', { name: 'Áp dụng lại thông tin của tôi trên phiên bản mới' }).click();
  }
}
