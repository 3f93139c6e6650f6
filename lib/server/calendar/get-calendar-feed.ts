import 'server-only';
import { loadActor } from '../../auth/load-actor.ts';
import { can } from '../../auth/permissions.ts';
import { conferenceScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { buildConferenceCalendar } from '../../documents/conference-calendar.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locale.ts';
import { en } from '../../i18n/messages/en.ts';
import { vi, type Messages } from '../../i18n/messages/vi.ts';
import { hashCalendarToken } from '../../security/calendar-token.ts';
import { CALENDAR_CONFERENCE_SELECT, toCalendarConference } from './calendar-conferences.ts';

const CATALOGUES: Record<Locale, Messages> = { vi, en };

/**
 * The personal feed of the token's owner: every conference they may see, as the app would show them
 * (the same actor and scope as a signed-in request), in their language. Null when the token is unknown
 * (never issued, or reset since) or its owner may no longer sign in: the route answers both alike.
 * A fixed number of queries whatever the number of conferences: the token, the actor (as
 * lib/auth/load-actor.ts loads it) and the conferences with host and agenda, one query per relation.
 */
export async function getCalendarFeed({ token, appUrl, now }: { token: string; appUrl: string; now: Date }): Promise<string | null> {
  const owner = await db().user.findUnique({ where: { calendarTokenHash: hashCalendarToken(token) }, select: { id: true, locale: true } });
  if (!owner) return null;
  const actor = await loadActor(owner.id);
  if (!actor || !can(actor.roles, 'conference.read')) return null;

  // A year back (last year's conferences stay in the calendar) and forward without end.
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  const conferences = await db().conference.findMany({
    where: { AND: [conferenceScope(actor), { endsAt: { gte: since } }] },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: CALENDAR_CONFERENCE_SELECT,
  });
  const locale = isLocale(owner.locale) ? owner.locale : DEFAULT_LOCALE;
  const t = CATALOGUES[locale];
  return buildConferenceCalendar({
    conferences: conferences.map(toCalendarConference), t, locale, appUrl, now,
    feed: { name: interpolate(t.calendar.feedName, { name: actor.name }) },
  });
}
