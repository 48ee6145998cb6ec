// Response headers for every request, and refusal of cross-site writes. Not an authorization
// layer: who may read or change what is decided in db/queries (CVE-2025-29927 bypassed middleware).
import { NextResponse, type NextRequest } from 'next/server';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function contentSecurityPolicy(nonce: string, production: boolean): string {
  return [
    "default-src 'self'",
    // A fresh nonce per request; no 'unsafe-eval', no 'unsafe-inline' for scripts.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Charts and progress bars set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(production ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * A browser tells where a request comes from (Sec-Fetch-Site, Origin). A write that another site
 * made the browser send is refused; clients that are not browsers send neither header.
 */
function isCrossSiteWrite(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A path that does not percent-decode (%ZZ, an overlong %C0%80): Next.js would answer a bare 500. */
function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  // Served over https in production: then upgrade sub-requests and pin https (HSTS).
  const production = process.env.NODE_ENV === 'production' && (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse(
      JSON.stringify({ type: '/problems/malformed', title: 'Malformed request', status: 400, detail: 'The path is not valid percent-encoded UTF-8.' }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
    );
  }
  if (isCrossSiteWrite(request)) {
    return new NextResponse(
      JSON.stringify({ type: '/problems/cross-site', title: 'Cross-site request refused', status: 403, detail: 'Writes must come from this application.' }),
      { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
    );
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, production);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  // Lets a layout know the path (the forced password change); never trusted for access decisions.
  requestHeaders.set('x-pathname', request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (production) response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
