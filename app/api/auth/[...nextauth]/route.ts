import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options.ts';

// Built per request so the environment is validated when the route is used, not at build time.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
