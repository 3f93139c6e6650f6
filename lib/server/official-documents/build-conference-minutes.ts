import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { conferenceDay } from '../../documents/conference-facts.ts';
import { buildMinutesDocument } from '../../documents/minutes-document.ts';
import { countAttendance } from '../../domain/quorum.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { conferenceQuorum, QUORUM_SEAT_SELECT } from '../attendance/conference-quorum.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';
import { NotFoundError } from '../errors.ts';
import { describeInvitee, INVITEE_PERSON_SELECT } from '../invitations/invitee-person.ts';
import { CONFERENCE_FACTS_SELECT, conferenceFacts, documentIssuer } from './document-issuer.ts';
import type { OfficialDocumentFile } from './official-document-file.ts';

/**
 * The minutes (biên bản) of a conference the actor's office hosts: attendance counts and quorum, the
 * recorded sections and every conclusion (the minutes record what was concluded, published or not).
 * Attendance and minutes are the office's (`conference.readAttendance`), never an attendee's.
 */
export async function buildConferenceMinutes({ actor, conferenceId }: { actor: Actor; conferenceId: string }): Promise<OfficialDocumentFile> {
  requirePermission(actor, 'conference.readAttendance');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
    select: {
      ...CONFERENCE_FACTS_SELECT,
      invitations: { orderBy: { createdAt: 'asc' }, select: { label: true } },
      invitees: { select: { attendance: true, attendanceNote: true, ...INVITEE_PERSON_SELECT } },
      quorumCommittee: { select: { name: true, seats: { select: QUORUM_SEAT_SELECT } } },
      minutes: { select: { opening: true, reports: true, discussion: true, closing: true } },
      conclusions: { orderBy: { number: 'asc' }, select: { number: true, content: true } },
    },
  });
  if (!conference) throw new NotFoundError('Conference');

  const quorum = conferenceQuorum(conference.quorumCommittee, conference.invitees, conference.startsAt);
  const notPresent = conference.invitees
    .flatMap((invitee) => (invitee.attendance && invitee.attendance !== 'PRESENT'
      ? [{ name: describeInvitee(invitee).name, status: invitee.attendance, note: invitee.attendanceNote }]
      : []))
    .sort((a, b) => compareVietnameseNames(a.name, b.name));

  const bytes = await buildMinutesDocument({
    issuer: await documentIssuer(conference),
    conference: conferenceFacts(conference),
    routes: conference.invitations.flatMap((invitation) => (invitation.label ? [invitation.label] : [])),
    attendance: countAttendance(conference.invitees.map((invitee) => invitee.attendance)),
    notPresent,
    quorum: quorum ? { committee: quorum.committee, expected: quorum.expected, present: quorum.present, required: quorum.required, met: quorum.met, shortfall: quorum.shortfall } : null,
    minutes: conference.minutes,
    conclusions: conference.conclusions,
  });
  return { bytes, fileName: `Biên bản hội nghị ${conferenceDay(conference)}.docx` };
}
