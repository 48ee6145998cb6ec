import NextAuth from 'next-auth';
import { authOptions } from '@/app/lib/auth';

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints (/api/auth/csrf, /callback/credentials, /session, /signout), so any
// HTTP client can sign in the standard way (PRODUCT.md).
async function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
