import 'server-only';
import { cookies, headers } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { loadViewer } from '@/db/queries/auth';
import { loadViewerByToken } from '@/db/queries/api-tokens';
import type { Viewer } from '@/db/policy';
import type { SessionClaims } from './auth';
import { authSecret, env } from './env';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/**
 * The acting user of this request, from a personal API token (Authorization: Bearer) or the
 * session cookie, re-read from the database once per request. null = not signed in.
 * Authorization itself is decided by the data-access layer, never here.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const db = await getDb();
  const authorization = (await headers()).get('authorization');
  if (authorization?.toLowerCase().startsWith('bearer ')) {
    return loadViewerByToken(db, authorization.slice(7).trim());
  }
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = (await decode({ token: raw, secret: authSecret() }).catch(() => null)) as (Partial<SessionClaims> & { exp?: number }) | null;
  if (!token?.uid || !token.sv || !token.signedInAt) return null;
  if (Date.now() - token.signedInAt > env().SESSION_MAX_HOURS * 3600 * 1000) return null;
  return loadViewer(db, { userId: token.uid, sessionVersion: token.sv });
});
