import 'server-only';
import { conferenceScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { buildConferenceCalendar } from '../../documents/conference-calendar.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Messages } from '../../i18n/messages/vi.ts';
import { NotFoundError } from '../errors.ts';
import { CALENDAR_CONFERENCE_SELECT, toCalendarConference } from './calendar-conferences.ts';

/** One conference as an .ics file, for anyone who may see it; out of scope is "not found". */
export async function getConferenceCalendar({ actor, conferenceId, t, locale, appUrl, now }: {
  actor: Actor; conferenceId: string; t: Messages; locale: Locale; appUrl: string; now: Date;
}): Promise<{ title: string; ics: string }> {
  requirePermission(actor, 'conference.read');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, conferenceScope(actor)] },
    select: CALENDAR_CONFERENCE_SELECT,
  });
  if (!conference) throw new NotFoundError('Conference');
  return { title: conference.title, ics: buildConferenceCalendar({ conferences: [toCalendarConference(conference)], t, locale, appUrl, now }) };
}
