import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { mustChangePassword } from '@/db/queries/accounts';
import type { Viewer } from '@/db/policy';
import { getViewer } from './viewer';

/**
 * For pages: the signed-in viewer, or a redirect to the sign-in page. A user with a temporary
 * password is sent to change it first — checked on every page, because a shared layout is not
 * re-rendered on client-side navigation.
 */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in');
  if ((await headers()).get('x-pathname') !== '/account/password' && (await mustChangePassword(await getDb(), viewer))) {
    redirect('/account/password');
  }
  return viewer;
}
