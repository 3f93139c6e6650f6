import { now } from '@/lib/clock.ts';
import { ICS_MIME_TYPE } from '@/lib/documents/conference-calendar.ts';
import { parseCalendarToken } from '@/lib/security/calendar-token.ts';
import { appUrlOf } from '@/lib/server/app-url.ts';
import { getCalendarFeed } from '@/lib/server/calendar/get-calendar-feed.ts';

// Per user and always current: never prerendered or cached.
export const dynamic = 'force-dynamic';

/**
 * The personal calendar feed that calendar apps subscribe to. They send no session cookie, so this is
 * the one data route proxy.ts lets through without one: the secret token in the URL is the credential
 * (lib/security/calendar-token.ts). Unknown, reset and deactivated all answer the same 404. Read-only.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const token = parseCalendarToken((await params).token);
  const body = token ? await getCalendarFeed({ token, appUrl: appUrlOf(request), now: now() }) : null;
  if (body === null) {
    return new Response('Not found', { status: 404, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(body, { headers: { ...PRIVATE, 'Content-Type': ICS_MIME_TYPE, 'Content-Disposition': 'inline; filename="hoi-nghi.ics"' } });
}

const PRIVATE = {
  // The URL is a secret: no shared cache keeps the answer, no search engine lists it.
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
};
