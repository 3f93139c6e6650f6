import { PermissionDeniedError } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { calendarFileName, ICS_MIME_TYPE } from '@/lib/documents/conference-calendar.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { recordIdSchema } from '@/lib/schemas/ids.ts';
import { appUrlOf } from '@/lib/server/app-url.ts';
import { getConferenceCalendar } from '@/lib/server/calendar/get-conference-calendar.ts';
import { downloadHeaders } from '@/lib/server/documents/download-headers.ts';
import { NotFoundError } from '@/lib/server/errors.ts';
import { getRouteActor } from '@/lib/server/route-actor.ts';

// Per user and per permission: never prerendered or cached.
export const dynamic = 'force-dynamic';

/**
 * One conference as "<title>.ics", to open in a calendar app, for a signed-in user who may see the
 * conference. Missing, out of scope and not allowed all answer 404 alike, so ids cannot be probed.
 */
export async function GET(request: Request, { params }: { params: Promise<{ conferenceId: string }> }): Promise<Response> {
  const { actor, refusal } = await getRouteActor();
  if (refusal) return refusal;
  const id = recordIdSchema.safeParse((await params).conferenceId);
  if (!id.success) return notFound();
  const { t, locale } = await getMessages();
  try {
    const { title, ics } = await getConferenceCalendar({ actor, conferenceId: id.data, t, locale, appUrl: appUrlOf(request), now: now() });
    const bytes = new TextEncoder().encode(ics);
    return new Response(bytes, { headers: downloadHeaders({ fileName: calendarFileName(title), mimeType: ICS_MIME_TYPE, sizeBytes: bytes.byteLength }) });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof PermissionDeniedError) return notFound();
    throw error;
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' } });
}
