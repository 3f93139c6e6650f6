import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { managedConferenceScope } from './managed-conference.ts';

/** A conference the actor manages, with the fields of its edit form, its stage and its version. */
export async function getConferenceForEditing({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  requirePermission(actor, 'conference.update');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
    select: {
      id: true, kind: true, title: true, status: true, startsAt: true, endsAt: true, venue: true, version: true,
      hostOrganizationId: true, secretaryMemberId: true, quorumCommitteeId: true, planId: true,
      chairs: { orderBy: { position: 'asc' }, select: { memberId: true } },
    },
  });
  if (!conference) throw new NotFoundError('Conference');
  const { chairs, ...rest } = conference;
  return { ...rest, chairMemberIds: chairs.map((chair) => chair.memberId) };
}

export type ConferenceForEditing = Awaited<ReturnType<typeof getConferenceForEditing>>;
