import 'server-only';
import { conferenceScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';

/** Conferences the actor may see with the actor's own answer, newest first; `when` splits them around `now`. */
export async function findConferences({ actor, when, now, take = 50 }: { actor: Actor; when?: 'upcoming' | 'past'; now: Date; take?: number }) {
  requirePermission(actor, 'conference.read');
  const time = when === 'upcoming' ? { endsAt: { gte: now } } : when === 'past' ? { endsAt: { lt: now } } : {};
  const conferences = await db().conference.findMany({
    where: { AND: [conferenceScope(actor), time] },
    orderBy: { startsAt: when === 'upcoming' ? 'asc' : 'desc' },
    take,
    select: {
      id: true, title: true, kind: true, status: true, startsAt: true, endsAt: true, venue: true,
      hostOrganization: { select: { shortName: true, name: true } },
      invitees: { where: { memberId: actor.memberId }, select: { rsvp: true } },
    },
  });
  // The actor's own answer, when invited: at most one invitee per member and conference.
  return conferences.map(({ invitees, ...conference }) => ({ ...conference, myAnswer: invitees[0]?.rsvp ?? null }));
}
