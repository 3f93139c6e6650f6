import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';

// First gate only: anonymous requests never reach a page or route. Every page, action and route still
// checks the actor and the permission itself (lib/auth/session.ts), because server actions are public
// POST endpoints and this file must not be the only line of defence.
const PUBLIC_PATHS = ['/login', '/api/auth/'];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(path))) return NextResponse.next();

  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token?.sub) return NextResponse.next();

  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except Next's static assets.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
