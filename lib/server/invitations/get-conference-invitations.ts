import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { conferenceAllows } from '../../domain/conference-status.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { NotFoundError } from '../errors.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';
import { describeInvitee, INVITEE_PERSON_SELECT } from './invitee-person.ts';

/** The invitation page of a conference: its routes with their sizes and the people invited, once each. */
export async function getConferenceInvitations({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  requirePermission(actor, 'invitation.manage');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
    select: {
      id: true, title: true, status: true, startsAt: true, hostOrganizationId: true,
      hostOrganization: { select: { parentId: true } },
      invitations: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true, kind: true, label: true, createdAt: true, memberId: true, committeeId: true, organizationId: true,
          _count: { select: { invitees: true } },
        },
      },
      invitees: {
        select: {
          id: true, rsvp: true, rsvpReason: true,
          ...INVITEE_PERSON_SELECT,
          invitations: { select: { id: true } },
        },
      },
    },
  });
  if (!conference) throw new NotFoundError('Conference');

  const invitees = conference.invitees
    .map((invitee) => {
      return {
        id: invitee.id,
        memberId: invitee.memberId,
        ...describeInvitee(invitee),
        rsvp: invitee.rsvp,
        rsvpReason: invitee.rsvpReason,
        routeIds: invitee.invitations.map((invitation) => invitation.id),
      };
    })
    .sort((a, b) => compareVietnameseNames(a.name, b.name));

  return {
    id: conference.id,
    title: conference.title,
    status: conference.status,
    startsAt: conference.startsAt,
    hostOrganizationId: conference.hostOrganizationId,
    /** The host's superior: the organisation a delegation most often comes from. */
    superiorOrganizationId: conference.hostOrganization.parentId,
    canInvite: conferenceAllows(conference.status, 'INVITE'),
    routes: conference.invitations.map(({ _count, ...route }) => ({ ...route, people: _count.invitees })),
    invitees,
    counts: {
      total: invitees.length,
      guests: invitees.filter((invitee) => invitee.isGuest).length,
      attending: invitees.filter((invitee) => invitee.rsvp === 'ATTENDING').length,
      declined: invitees.filter((invitee) => invitee.rsvp === 'DECLINED').length,
      pending: invitees.filter((invitee) => invitee.rsvp === 'PENDING').length,
    },
  };
}

export type ConferenceInvitations = Awaited<ReturnType<typeof getConferenceInvitations>>;
