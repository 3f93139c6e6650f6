import 'server-only';
import { conferenceScope, taskScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { can } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { computeQuorum, countAttendance } from '../../domain/quorum.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { NotFoundError } from '../errors.ts';
import { QUORUM_SEAT_SELECT, seatHoldersOn } from '../attendance/conference-quorum.ts';
import { describeInvitee, INVITEE_PERSON_SELECT } from '../invitations/invitee-person.ts';
import { DOCUMENT_LINK_SELECT, DOCUMENT_LIST_ORDER } from '../documents/document-list-select.ts';

/**
 * A conference as its page shows it: details, agenda, invitees with answers (and attendance for the
 * office), quorum of its committee, minutes, conclusions and the tasks made from them.
 */
export async function getConference({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  requirePermission(actor, 'conference.read');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, conferenceScope(actor)] },
    select: {
      id: true, title: true, kind: true, status: true, startsAt: true, endsAt: true, venue: true, version: true,
      plan: { select: { id: true, officialNumber: true, issuedOn: true } },
      hostOrganization: { select: { id: true, name: true } },
      secretary: { select: { fullName: true } },
      chairs: { orderBy: { position: 'asc' }, select: { member: { select: { fullName: true, title: true } } } },
      quorumCommittee: {
        select: { name: true, seats: { select: QUORUM_SEAT_SELECT } },
      },
      agendaItems: {
        orderBy: { position: 'asc' },
        select: {
          id: true, position: true, startsAt: true, durationMinutes: true, title: true, presenterName: true, presenter: { select: { fullName: true, title: true } },
          documents: { orderBy: [...DOCUMENT_LIST_ORDER], select: DOCUMENT_LINK_SELECT },
        },
      },
      invitations: { orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, label: true } },
      invitees: {
        select: {
          id: true, rsvp: true, rsvpReason: true, attendance: true, attendanceNote: true,
          ...INVITEE_PERSON_SELECT,
        },
      },
      minutes: { select: { opening: true, reports: true, discussion: true, closing: true } },
      conclusions: {
        orderBy: { number: 'asc' },
        select: {
          id: true, number: true, content: true, publishedAt: true,
          tasks: {
            where: taskScope(actor),
            orderBy: { createdAt: 'asc' },
            select: {
              id: true, title: true, status: true, progress: true, dueDate: true,
              ownerOrganization: { select: { shortName: true, name: true } },
              responsibleMember: { select: { fullName: true } },
            },
          },
        },
      },
    },
  });
  if (!conference) throw new NotFoundError('Conference');

  const seesAttendance = can(actor.roles, 'conference.readAttendance') && actor.managedOrganizationIds.includes(conference.hostOrganization.id);
  const invitees = conference.invitees
    .map((invitee) => ({
      id: invitee.id,
      isMe: invitee.memberId === actor.memberId,
      ...describeInvitee(invitee),
      rsvp: invitee.rsvp,
      rsvpReason: invitee.rsvpReason,
      attendance: seesAttendance ? invitee.attendance : null,
      attendanceNote: seesAttendance ? invitee.attendanceNote : null,
      memberId: invitee.memberId,
    }))
    .sort((a, b) => compareVietnameseNames(a.name, b.name));

  const committeeMemberIds = seatHoldersOn(conference.quorumCommittee?.seats ?? [], conference.startsAt);
  const quorum = seesAttendance && conference.quorumCommittee
    ? {
        committee: conference.quorumCommittee.name,
        ...computeQuorum({
          expected: committeeMemberIds.size,
          present: invitees.filter((invitee) => invitee.memberId && committeeMemberIds.has(invitee.memberId) && (invitee.attendance === 'PRESENT' || invitee.attendance === 'LATE')).length,
        }),
      }
    : null;

  return {
    ...conference,
    invitees,
    seesAttendance,
    attendanceCount: seesAttendance ? countAttendance(invitees.map((invitee) => invitee.attendance)) : null,
    quorum,
    // Attendees see conclusions only once published; the office sees drafts too.
    conclusions: seesAttendance ? conference.conclusions : conference.conclusions.filter((conclusion) => conclusion.publishedAt),
    minutes: seesAttendance ? conference.minutes : null,
    // The office of the host assigns tasks from the published conclusions.
    canAssignTasks: can(actor.roles, 'task.create') && actor.managedOrganizationIds.includes(conference.hostOrganization.id),
  };
}

export type ConferenceDetail = Awaited<ReturnType<typeof getConference>>;
