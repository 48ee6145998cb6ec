// Access control over real HTTP: IDOR attempts, ended sessions, tokens, lockout, throttling,
// security headers and cross-site writes (issue 3).
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, HttpClient, signedIn } from '../support/http-client';
import { fixtures, latestAuditId, type Fixtures } from '../support/api-fixtures';

const post = (body: unknown, method = 'POST'): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

let admin: HttpClient;
let f: Fixtures;

beforeAll(async () => {
  admin = await signedIn(DEMO.admin);
  f = await fixtures(admin, ['x'], ['edit']);
}, 120_000);

async function taskVersion(id: number): Promise<number> {
  return (await admin.json<{ version: number }>(`/api/v1/tasks/${id}`)).body.version;
}

async function newAccount(role: 'officer' | 'viewer', unit: string): Promise<{ id: number; email: string; password: string }> {
  const email = `ac-${role}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@langson.gov.vn`;
  const password = 'Mat-khau-kiem-thu-2021';
  const { status, body } = await admin.json<{ id: number }>('/api/v1/admin/users', post({ email, name: 'Tài khoản kiểm thử', role, unitId: f.unitIds[unit], password }));
  expect(status).toBe(201);
  return { id: body.id, email, password };
}

async function accountVersion(id: number): Promise<number> {
  return (await admin.json<{ version: number }>(`/api/v1/admin/users/${id}`)).body.version;
}

describe('IDOR: requests crafted against records the caller may not change', () => {
  it("refuses the Tràng Định officer's update and comment on a Văn Lãng task, changing nothing", async () => {
    const officer = await signedIn(DEMO.officerTrangDinh);
    const id = f.otherUnitTaskId;
    const version = await taskVersion(id);
    const audit = await latestAuditId(admin);
    const update = await officer.fetch(`/api/v1/tasks/${id}/updates`, post({ version, progress: 99, note: 'giả mạo' }));
    expect(update.status).toBe(403);
    expect(update.headers.get('content-type')).toContain('application/problem+json');
    const patch = await officer.fetch(`/api/v1/tasks/${id}`, post({ version, title: 'Đổi tên trái phép' }, 'PATCH'));
    expect(patch.status).toBe(403);
    const comment = await officer.fetch(`/api/v1/tasks/${id}/comments`, post({ body: 'x' }));
    expect(comment.status).toBe(403);
    expect(await taskVersion(id)).toBe(version);
    expect(await latestAuditId(admin)).toBe(audit);
  });

  it("refuses a viewer's crafted writes", async () => {
    const viewer = await signedIn(DEMO.viewer);
    const id = f.ownTaskId;
    const version = await taskVersion(id);
    const audit = await latestAuditId(admin);
    for (const [path, init] of [
      [`/api/v1/tasks/${id}/updates`, post({ version, progress: 50 })],
      [`/api/v1/tasks/${id}`, post({ version, title: 'x' }, 'PATCH')],
      [`/api/v1/tasks/${id}/review`, post({ version, decision: 'confirm' })],
      ['/api/v1/tasks', post(f.newTaskBody('VIEWER'))],
    ] as const) {
      expect((await viewer.fetch(path, init)).status, path).toBe(403);
    }
    expect(await taskVersion(id)).toBe(version);
    expect(await latestAuditId(admin)).toBe(audit);
  });

  it('answers 401 problem+json without a session or token', async () => {
    const anonymous = new HttpClient();
    const response = await anonymous.fetch(`/api/v1/tasks/${f.ownTaskId}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('sessions end when they must', () => {
  it('carries role and unit in /api/auth/session, in an HttpOnly SameSite=Lax cookie', async () => {
    const client = new HttpClient();
    const { body } = await client.json<{ csrfToken: string }>('/api/auth/csrf');
    const response = await client.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: DEMO.officerTrangDinh, password: 'LangSon@2021', csrfToken: body.csrfToken, json: 'true' }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.includes('session-token'))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await client.session();
    expect(session?.user).toMatchObject({ email: DEMO.officerTrangDinh, role: 'officer', unitId: f.unitIds.TD });
    expect(JSON.stringify(session)).not.toMatch(/password|hash/i);
  });

  it("stops a disabled user's old cookie at once", async () => {
    const account = await newAccount('officer', 'VL');
    const user = new HttpClient();
    expect((await user.signIn(account.email, account.password)).ok).toBe(true);
    expect((await user.fetch('/api/v1/tasks')).status).toBe(200);
    const disable = await admin.fetch(`/api/v1/admin/users/${account.id}`, post({ version: await accountVersion(account.id), disabled: true }, 'PATCH'));
    expect(disable.status).toBe(200);
    expect((await user.fetch('/api/v1/tasks')).status).toBe(401);
    expect((await user.session())?.user).toBeUndefined();
    const home = await user.fetch('/');
    expect(home.headers.get('location')).toContain('/sign-in');
    const again = await new HttpClient().signIn(account.email, account.password);
    expect(again).toMatchObject({ ok: false, error: 'disabled' });
  });

  it('ends sessions on a role change', async () => {
    const account = await newAccount('officer', 'VL');
    const user = new HttpClient();
    await user.signIn(account.email, account.password);
    expect((await user.fetch('/api/v1/tasks')).status).toBe(200);
    await admin.fetch(`/api/v1/admin/users/${account.id}`, post({ version: await accountVersion(account.id), role: 'viewer' }, 'PATCH'));
    expect((await user.fetch('/api/v1/tasks')).status).toBe(401);
  });

  it('makes a copied cookie useless after sign-out', async () => {
    const original = await signedIn(DEMO.viewer);
    const copy = new HttpClient();
    for (const [k, v] of original.cookies) copy.cookies.set(k, v);
    expect((await copy.fetch('/api/v1/tasks')).status).toBe(200);
    const { body } = await original.json<{ csrfToken: string }>('/api/auth/csrf');
    await original.fetch('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken: body.csrfToken, json: 'true' }),
    });
    expect((await copy.fetch('/api/v1/tasks')).status).toBe(401);
  });
});

describe('personal API tokens', () => {
  it('act as their user with his permissions, and stop working when revoked', async () => {
    const users = await admin.json<{ items: { id: number; email: string }[] }>('/api/v1/admin/users');
    const officerId = users.body.items.find((u) => u.email === DEMO.officerQlkh)!.id;
    const { status, body } = await admin.json<{ id: number; token: string }>('/api/v1/admin/tokens', post({ userId: officerId, name: 'Hệ thống một cửa' }));
    expect(status).toBe(201);
    expect(body.token).toMatch(/^khcn_/);
    const listed = await admin.json<{ items: Record<string, unknown>[] }>('/api/v1/admin/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(body.token);

    const bearer = new HttpClient();
    const auth = { authorization: `Bearer ${body.token}` };
    expect((await bearer.fetch('/api/v1/tasks', { headers: auth })).status).toBe(200);
    const own = f.spareTask('x', 'edit');
    const ok = await bearer.fetch(`/api/v1/tasks/${own}/updates`, { ...post({ version: await taskVersion(own), progress: 20 }), headers: { ...auth, 'content-type': 'application/json' } });
    expect(ok.status).toBe(201);
    const other = await bearer.fetch(`/api/v1/tasks/${f.otherUnitTaskId}/updates`, {
      ...post({ version: await taskVersion(f.otherUnitTaskId), progress: 20 }),
      headers: { ...auth, 'content-type': 'application/json' },
    });
    expect(other.status).toBe(403);
    expect((await bearer.fetch('/api/v1/admin/users', { headers: auth })).status).toBe(403);

    expect((await admin.fetch(`/api/v1/admin/tokens/${body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await bearer.fetch('/api/v1/tasks', { headers: auth })).status).toBe(401);
    expect((await bearer.fetch('/api/v1/tasks', { headers: { authorization: 'Bearer khcn_forged' } })).status).toBe(401);
  });

  it('stop working after their expiry', async () => {
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const { body } = await admin.json<{ token: string }>('/api/v1/admin/tokens', post({ userId: f.viewerId, name: 'Ngắn hạn', expiresAt }));
    const bearer = new HttpClient();
    const auth = { authorization: `Bearer ${body.token}` };
    expect((await bearer.fetch('/api/v1/tasks', { headers: auth })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2000));
    expect((await bearer.fetch('/api/v1/tasks', { headers: auth })).status).toBe(401);
  });
});

describe('brute force', () => {
  it('locks an account after 5 wrong passwords, refuses the right one, then lets it in after the lock time', async () => {
    const account = await newAccount('viewer', 'UBND');
    const client = new HttpClient();
    const errors: (string | null)[] = [];
    for (let i = 0; i < 5; i++) errors.push((await client.signIn(account.email, `sai-mat-khau-${i}`)).error);
    expect(errors).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'locked']);
    expect(await client.signIn(account.email, account.password)).toMatchObject({ ok: false, error: 'locked' });
    const audit = await admin.json<{ items: { action: string; entityId: string }[] }>(`/api/v1/audit?entity=user&entityId=${account.id}&limit=20`);
    const actions = audit.body.items.map((a) => a.action);
    expect(actions.filter((a) => a === 'auth.sign_in_failed')).toHaveLength(5);
    expect(actions).toContain('auth.lockout');
    expect(actions).toContain('auth.sign_in_refused_locked');
    // The test server locks for 4 seconds (SIGN_IN_LOCK_SECONDS).
    await new Promise((r) => setTimeout(r, 4500));
    expect(await client.signIn(account.email, account.password)).toMatchObject({ ok: true });
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const client = new HttpClient();
    expect((await client.signIn('khong-ton-tai@langson.gov.vn', 'whatever')).error).toBe('invalid');
    expect((await client.signIn(DEMO.leader, 'whatever')).error).toBe('invalid');
  });

  it('throttles one address across accounts', async () => {
    const address = `172.20.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const client = new HttpClient(undefined, address);
    for (let i = 0; i < 30; i++) await client.signIn(`nobody-${i}@langson.gov.vn`, 'x');
    expect((await client.signIn(DEMO.viewer, 'LangSon@2021')).error).toBe('throttled');
    expect((await new HttpClient().signIn(DEMO.viewer, 'LangSon@2021')).ok).toBe(true);
  }, 60_000);
});

describe('headers and cross-site requests', () => {
  it('sends a CSP with a nonce and no unsafe-eval, and the other security headers', async () => {
    const response = await new HttpClient().fetch('/sign-in');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    const html = await response.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(html).toContain(`nonce="${nonce}"`);
    const api = await new HttpClient().fetch('/api/health');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses writes that another site made a browser send, changing nothing', async () => {
    const leader = await signedIn(DEMO.leader);
    const id = f.ownTaskId;
    const version = await taskVersion(id);
    const audit = await latestAuditId(admin);
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const response = await leader.fetch(`/api/v1/tasks/${id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ body: 'CSRF' }) });
      expect(response.status).toBe(403);
    }
    expect(await taskVersion(id)).toBe(version);
    expect(await latestAuditId(admin)).toBe(audit);
    const sameOrigin = await leader.fetch(`/api/v1/tasks/${id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json', origin: leader.baseUrl, 'sec-fetch-site': 'same-origin' }, body: JSON.stringify({ body: 'Cùng nguồn' }) });
    expect(sameOrigin.status).toBe(201);
  });
});
