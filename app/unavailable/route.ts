import { getLocale, getTranslations } from 'next-intl/server';

export const dynamic = 'force-dynamic';

/** When the browser (or a client that honours Retry-After) tries again. */
const RETRY_SECONDS = 5;

/** Only a path of this site, so the page can never send anyone elsewhere. */
function localPath(value: string | null): string {
  return value && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : '/';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Where pages send the browser when the database cannot be reached (app/lib/page-viewer.ts): a 503
 * with Retry-After. A route handler, because a page can only fail with 500; it reads no data, so it
 * answers while the database is down, and it returns to the page by itself a few seconds later.
 */
export async function GET(request: Request) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const from = escapeHtml(localPath(new URL(request.url).searchParams.get('from')));
  const html = `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS};url=${from}">
<title>${escapeHtml(t('unavailable.title'))} · ${escapeHtml(t('app.name'))}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f5f6f8;color:#1f2933}main{max-width:32rem;padding:2rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px #0002}a{color:#0b5cad}</style>
</head>
<body>
<main>
<p>${escapeHtml(t('app.name'))}</p>
<h1>${escapeHtml(t('unavailable.title'))}</h1>
<p role="alert">${escapeHtml(t('errors.unavailable'))}</p>
<p>${escapeHtml(t('unavailable.autoRetry', { seconds: RETRY_SECONDS }))} <a href="${from}">${escapeHtml(t('unavailable.retry'))}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_SECONDS) },
  });
}
