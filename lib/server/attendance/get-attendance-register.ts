import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { conferenceAllows } from '../../domain/conference-status.ts';
import { countAttendance } from '../../domain/quorum.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { NotFoundError } from '../errors.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';
import { conferenceQuorum, QUORUM_SEAT_SELECT } from './conference-quorum.ts';
import { describeInvitee, INVITEE_PERSON_SELECT } from '../invitations/invitee-person.ts';

/** The attendance register of a conference: every invitee once, in Vietnamese name order, with counts and quorum. */
export async function getAttendanceRegister({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  requirePermission(actor, 'attendance.record');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
    select: {
      id: true, title: true, status: true, startsAt: true, endsAt: true,
      quorumCommittee: { select: { name: true, seats: { select: QUORUM_SEAT_SELECT } } },
      invitees: {
        select: {
          id: true, version: true, rsvp: true, rsvpReason: true, attendance: true, attendanceNote: true,
          ...INVITEE_PERSON_SELECT,
        },
      },
    },
  });
  if (!conference) throw new NotFoundError('Conference');

  const quorum = conferenceQuorum(conference.quorumCommittee, conference.invitees, conference.startsAt);
  const quorumMembers = new Set(quorum?.memberIds);
  const rows = conference.invitees
    .map((invitee) => {
      return {
        id: invitee.id,
        version: invitee.version,
        ...describeInvitee(invitee),
        /** Counts toward the quorum (holds a current seat of the quorum committee). */
        isQuorumMember: invitee.memberId !== null && quorumMembers.has(invitee.memberId),
        rsvp: invitee.rsvp,
        rsvpReason: invitee.rsvpReason,
        attendance: invitee.attendance,
        attendanceNote: invitee.attendanceNote,
      };
    })
    .sort((a, b) => compareVietnameseNames(a.name, b.name));

  return {
    id: conference.id,
    title: conference.title,
    status: conference.status,
    startsAt: conference.startsAt,
    endsAt: conference.endsAt,
    canRecord: conferenceAllows(conference.status, 'RECORD_ATTENDANCE'),
    rows,
    counts: countAttendance(rows.map((row) => row.attendance)),
    quorum: quorum ? { committee: quorum.committee, expected: quorum.expected, present: quorum.present, required: quorum.required, met: quorum.met, shortfall: quorum.shortfall } : null,
  };
}

export type AttendanceRegister = Awaited<ReturnType<typeof getAttendanceRegister>>;
export type AttendanceRow = AttendanceRegister['rows'][number];
