import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authenticate, DEFAULT_SIGN_IN_LIMITS, endSessions, loadViewer } from '@/db/queries/auth';
import { authSecret, env } from './env';

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** The address a request came from: scripts/serve.mjs replaces X-Forwarded-For with the one address it resolved from the socket and TRUSTED_PROXIES. */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  const hops = value.split(',').map((h) => h.trim()).filter(Boolean);
  return hops.at(-1) ?? 'unknown';
}

/** Errors thrown from authorize() reach the sign-in page as ?error=<code>. */
export const SIGN_IN_ERRORS = ['invalid', 'locked', 'throttled', 'disabled'] as const;

export type SessionClaims = { uid: number; sv: number; signedInAt: number; role?: string; unitId?: number };

export function authOptions(): NextAuthOptions {
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS, SIGN_IN_LOCK_SECONDS, NODE_ENV, NEXTAUTH_URL } = env();
  const maxSessionMs = SESSION_MAX_HOURS * 3600 * 1000;
  return {
    secret: authSecret(),
    // The token's own expiry is the idle limit; it slides forward while the user is active.
    session: { strategy: 'jwt', maxAge: SESSION_IDLE_MINUTES * 60, updateAge: 0 },
    jwt: { maxAge: SESSION_IDLE_MINUTES * 60 },
    useSecureCookies: NODE_ENV === 'production' && (NEXTAUTH_URL ?? '').startsWith('https://'),
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'credentials',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(raw, req) {
          const parsed = credentials.safeParse(raw);
          if (!parsed.success) throw new Error('invalid');
          const outcome = await authenticate(
            await getDb(),
            { ...parsed.data, ip: clientAddress(req?.headers ?? {}) },
            { ...DEFAULT_SIGN_IN_LIMITS, lockSeconds: SIGN_IN_LOCK_SECONDS },
          );
          if (!outcome.ok) throw new Error(outcome.reason);
          return { id: String(outcome.user.id), sv: outcome.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        const claims = token as typeof token & Partial<SessionClaims>;
        if (user) {
          claims.uid = Number(user.id);
          claims.sv = (user as { sv?: number }).sv ?? 0;
          claims.signedInAt = Date.now();
        }
        if (!claims.uid || !claims.sv || !claims.signedInAt) throw new Error('session without claims');
        if (Date.now() - claims.signedInAt > maxSessionMs) throw new Error('session past its absolute lifetime');
        // Re-read on every use: a disabled account, a role change or a sign-out elsewhere ends it now.
        const viewer = await loadViewer(await getDb(), { userId: claims.uid, sessionVersion: claims.sv });
        if (!viewer) throw new Error('session no longer valid');
        claims.role = viewer.role;
        claims.unitId = viewer.unitId;
        claims.name = viewer.name;
        claims.email = viewer.email;
        return claims;
      },
      async session({ session, token }) {
        const claims = token as typeof token & SessionClaims;
        return {
          ...session,
          user: { id: claims.uid, name: claims.name, email: claims.email, role: claims.role, unitId: claims.unitId },
        };
      },
    },
    events: {
      async signOut({ token }) {
        const uid = (token as Partial<SessionClaims> | null)?.uid;
        if (uid) await endSessions(await getDb(), uid, null);
      },
    },
  };
}

