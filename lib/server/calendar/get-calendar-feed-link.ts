import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { serverEnv } from '../../env.ts';
import { calendarToken, hashCalendarToken } from '../../security/calendar-token.ts';

export type CalendarFeedLink =
  | { state: 'none' }
  | { state: 'active'; token: string; createdAt: Date }
  /** The server's secret changed since the link was made: it still works but cannot be shown again. */
  | { state: 'unavailable'; createdAt: Date };

/** The actor's own feed token, recomputed from its salt and checked against the stored hash. */
export async function getCalendarFeedLink({ actor }: { actor: Actor }): Promise<CalendarFeedLink> {
  requirePermission(actor, 'calendar.manageFeed');
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { calendarTokenHash: true, calendarTokenSalt: true, calendarTokenCreatedAt: true },
  });
  if (!user.calendarTokenHash || !user.calendarTokenSalt || !user.calendarTokenCreatedAt) return { state: 'none' };
  const token = calendarToken({ secret: serverEnv().NEXTAUTH_SECRET, userId: actor.userId, salt: user.calendarTokenSalt });
  return hashCalendarToken(token) === user.calendarTokenHash
    ? { state: 'active', token, createdAt: user.calendarTokenCreatedAt }
    : { state: 'unavailable', createdAt: user.calendarTokenCreatedAt };
}
