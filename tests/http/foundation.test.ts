// Issue 2 over real HTTP against the production build: health, sign-in for each demo account,
// and a home page that lists the seeded plan from the database.
import { describe, expect, it } from 'vitest';
import { DEMO, HttpClient, signedIn } from '../support/http-client';

describe('GET /api/health', () => {
  it('answers 200 {"status":"ok"} when the database answers', async () => {
    const { status, body } = await new HttpClient().json('/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });
});

describe('the first pages', () => {
  it('sends a visitor who is not signed in to the Vietnamese sign-in page', async () => {
    const client = new HttpClient();
    const home = await client.fetch('/');
    expect([302, 303, 307]).toContain(home.status);
    expect(home.headers.get('location')).toContain('/sign-in');
    const page = await client.fetch('/sign-in');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lang="vi"');
    expect(html).toContain('Đăng nhập');
    expect(html).toContain('Mật khẩu');
  });

  it.each(Object.entries(DEMO))('signs in as %s and reaches the home page with the 2021 plan', async (_role, email) => {
    const client = await signedIn(email);
    const session = await client.session();
    expect(session?.user?.email).toBe(email);
    const page = await client.fetch('/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Kế hoạch công tác năm 2021');
    expect(html).toContain('527/QĐ-UBND');
    expect(html).toContain('Tỷ lệ hoàn thành (nhiệm vụ đã đến hạn)');
    expect(html).toContain('Triển khai Đề án Chiến lược sở hữu trí tuệ');
  });

  it('refuses a wrong password with the generic message code', async () => {
    const result = await new HttpClient().signIn(DEMO.viewer, 'wrong-password');
    expect(result.ok).toBe(false);
    expect(result.error).toBe('invalid');
  });
});
