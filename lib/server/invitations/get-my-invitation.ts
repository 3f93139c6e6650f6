import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { invitationAnswerable } from './invitation-answerable.ts';

/** The actor's own invitation to a conference with whether it can be answered now; null when not invited. */
export async function getMyInvitation({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  if (!can(actor.roles, 'invitation.answer')) return null;
  const invitee = await db().invitee.findFirst({
    where: { conferenceId, memberId: actor.memberId },
    select: { id: true, version: true, rsvp: true, rsvpReason: true, rsvpAt: true, conference: { select: { status: true, startsAt: true } } },
  });
  if (!invitee) return null;
  const { conference, ...answer } = invitee;
  return { ...answer, startsAt: conference.startsAt, answerable: invitationAnswerable(conference, now()) };
}

export type MyInvitation = NonNullable<Awaited<ReturnType<typeof getMyInvitation>>>;
