import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from './lib/security/security-headers.ts';

// First gate only: anonymous requests never reach a page or route. Every page, action and route still
// checks the actor and the permission itself (lib/auth/session.ts), because server actions are public
// POST endpoints and this file must not be the only line of defence. It also sets the security headers,
// with a fresh CSP nonce per request that Next applies to its own scripts.
const PUBLIC_PATHS = ['/login', '/api/auth/'];
// The personal calendar feed: calendar apps subscribe without a session, so the secret token in its URL is
// its credential (app/api/calendar/[token]/route.ts). Exactly one segment after the prefix, so that a
// route added under /api/calendar/ later is not public by accident.
const PUBLIC_CALENDAR_FEED = /^\/api\/calendar\/[^/]+$/;
// The one-time set-password link an admin sends (app/set-password/[token]): its user has no session yet,
// and the token in the URL is the credential the page and its action check. Exactly one segment, like the feed.
const PUBLIC_SET_PASSWORD = /^\/set-password\/[^/]+$/;

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const headers = securityHeaders({
    nonce,
    https: request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https',
    development: process.env.NODE_ENV === 'development',
  });
  const respond = (response: NextResponse) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };

  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(path)) || PUBLIC_CALENDAR_FEED.test(pathname) || PUBLIC_SET_PASSWORD.test(pathname);
  const token = isPublic ? null : await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });

  if (isPublic || token?.sub) {
    // Next reads the policy from the request to put the nonce on the scripts it renders.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!);
    return respond(NextResponse.next({ request: { headers: requestHeaders } }));
  }
  if (pathname.startsWith('/api/')) {
    return respond(NextResponse.json({ error: 'Unauthorized' }, { status: 401 }));
  }
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${pathname}${search}`);
  return respond(NextResponse.redirect(login));
}

export const config = {
  // Everything except Next's static assets.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
