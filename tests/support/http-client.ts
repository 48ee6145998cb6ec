// A small cookie-keeping HTTP client that signs in through next-auth's own endpoints, the way any
// integration would (PRODUCT.md: /api/auth/csrf, /api/auth/callback/credentials, /api/auth/session).
import { inject } from 'vitest';

export const DEMO_PASSWORD = 'LangSon@2021';

export const DEMO = {
  admin: 'quantri@khcn.langson.gov.vn',
  leader: 'lanhdao@khcn.langson.gov.vn',
  officerQlkh: 'qlkh@khcn.langson.gov.vn',
  officerTrangDinh: 'trangdinh@langson.gov.vn',
  viewer: 'ubnd@langson.gov.vn',
} as const;

export type SignInResult = { ok: boolean; error: string | null; status: number };

export class HttpClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string = inject('baseUrl'),
    /** Distinct per test so address throttling of one test does not leak into another. */
    readonly forwardedFor: string = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', this.cookieHeader());
    if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', this.forwardedFor);
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async json<T = unknown>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T; response: Response }> {
    const response = await this.fetch(path, init);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, response };
  }

  async signIn(email: string, password: string = DEMO_PASSWORD): Promise<SignInResult> {
    const { body } = await this.json<{ csrfToken: string }>('/api/auth/csrf');
    const response = await this.fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, csrfToken: body.csrfToken, json: 'true' }),
    });
    // With json=true next-auth answers {"url": …} instead of a redirect; the error is a query parameter of it.
    const location = response.headers.get('content-type')?.includes('json')
      ? ((await response.json()) as { url?: string }).url ?? ''
      : (response.headers.get('location') ?? '');
    const error = new URL(location, this.baseUrl).searchParams.get('error');
    return { ok: !error && [...this.cookies.keys()].some((k) => k.endsWith('session-token')), error, status: response.status };
  }

  async session(): Promise<{ user?: { id: number; email: string; role: string; unitId: number; name: string } } | null> {
    return (await this.json<{ user?: { id: number; email: string; role: string; unitId: number; name: string } }>('/api/auth/session')).body;
  }
}

export async function signedIn(email: string): Promise<HttpClient> {
  const client = new HttpClient();
  const result = await client.signIn(email);
  if (!result.ok) throw new Error(`Sign-in as ${email} failed: ${result.error}`);
  return client;
}
