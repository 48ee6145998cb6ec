import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { mustChangePassword } from '@/db/queries/accounts';
import type { Viewer } from '@/db/policy';
import { isDatabaseUnavailable } from './database-unavailable';
import { getViewer } from './viewer';

/**
 * A page's first database read. When the database cannot be reached, the browser is sent to the
 * 503 page (app/unavailable) at once: a page itself can only answer 500, which reads as a bug.
 */
async function orUnavailable<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const from = (await headers()).get('x-pathname') ?? '/';
    redirect(`/unavailable?from=${encodeURIComponent(from)}`);
  }
}

/** For pages that also serve visitors: the signed-in viewer or null. */
export function pageViewer(): Promise<Viewer | null> {
  return orUnavailable(getViewer);
}

/**
 * For pages: the signed-in viewer, or a redirect to the sign-in page. A user with a temporary
 * password is sent to change it first — checked on every page, because a shared layout is not
 * re-rendered on client-side navigation.
 */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await pageViewer();
  if (!viewer) redirect('/sign-in');
  const onPasswordPage = (await headers()).get('x-pathname') === '/account/password';
  if (!onPasswordPage && (await orUnavailable(async () => mustChangePassword(await getDb(), viewer)))) {
    redirect('/account/password');
  }
  return viewer;
}
