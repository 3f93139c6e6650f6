import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { serverEnv } from '../../env.ts';
import { calendarToken, hashCalendarToken, newCalendarTokenSalt } from '../../security/calendar-token.ts';
import { recordAudit } from '../audit.ts';

/**
 * Gives the actor a calendar feed link, or a new one in place of the old ("reset"): the old URL stops
 * working with this transaction, since the feed finds its owner by the token's hash. "create" leaves
 * an existing link alone, so a second click (or a second tab) never breaks a subscription.
 */
export async function resetCalendarFeed({ actor, intent, now }: { actor: Actor; intent: 'create' | 'reset'; now: Date }): Promise<{ changed: boolean }> {
  requirePermission(actor, 'calendar.manageFeed');
  const salt = newCalendarTokenSalt();
  const hash = hashCalendarToken(calendarToken({ secret: serverEnv().NEXTAUTH_SECRET, userId: actor.userId, salt }));
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { calendarTokenCreatedAt: true } });
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, ...(intent === 'create' ? { calendarTokenHash: null } : {}) },
      data: { calendarTokenHash: hash, calendarTokenSalt: salt, calendarTokenCreatedAt: now },
    });
    if (count === 0) return { changed: false };
    // Neither the token nor its hash goes into the log: when, and by whom, is what an audit needs.
    await recordAudit(tx, {
      actor,
      action: before.calendarTokenCreatedAt ? 'calendar.resetFeed' : 'calendar.createFeed',
      entity: 'User',
      entityId: actor.userId,
      before: before.calendarTokenCreatedAt ? { calendarTokenCreatedAt: before.calendarTokenCreatedAt } : undefined,
      after: { calendarTokenCreatedAt: now },
    });
    return { changed: true };
  });
}
