import 'server-only';
import { redirect } from 'next/navigation';
import type { Viewer } from '@/db/policy';
import { getViewer } from './viewer';

/** For pages: the signed-in viewer, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in');
  return viewer;
}
