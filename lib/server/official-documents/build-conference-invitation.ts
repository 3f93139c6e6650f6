import 'server-only';
import { conferenceScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { conferenceDay } from '../../documents/conference-facts.ts';
import { buildInvitationDocument } from '../../documents/invitation-document.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';
import { NotFoundError } from '../errors.ts';
import { describeInvitee, INVITEE_PERSON_SELECT } from '../invitations/invitee-person.ts';
import { CONFERENCE_FACTS_SELECT, conferenceFacts, documentIssuer, managesConference } from './document-issuer.ts';
import type { OfficialDocumentFile } from './official-document-file.ts';

/**
 * The invitation (giấy mời) of a conference the actor may see. The office of the host gets the list
 * of everyone invited, or one person's invitation with `inviteeId`; anyone else gets only their own
 * invitation (another invitee's id is simply not found, and so is a conference they are not invited to).
 */
export async function buildConferenceInvitation({ actor, conferenceId, inviteeId, today }: {
  actor: Actor;
  conferenceId: string;
  inviteeId?: string | undefined;
  /** 'YYYY-MM-DD' in Vietnam: the invitation's date line. */
  today: string;
}): Promise<OfficialDocumentFile> {
  requirePermission(actor, 'conference.read');
  // Whose invitations the actor may read, in the query itself: their own, or all of a conference they manage.
  const readable: Prisma.InviteeWhereInput = can(actor.roles, 'conference.readAttendance')
    ? { OR: [{ memberId: actor.memberId }, { conference: managedConferenceScope(actor) }] }
    : { memberId: actor.memberId };
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, conferenceScope(actor)] },
    select: {
      ...CONFERENCE_FACTS_SELECT,
      agendaItems: {
        orderBy: { position: 'asc' },
        select: { startsAt: true, title: true, presenterName: true, presenter: { select: { fullName: true } } },
      },
      invitations: { orderBy: { createdAt: 'asc' }, select: { label: true } },
      invitees: { where: { AND: [readable, inviteeId ? { id: inviteeId } : {}] }, select: { id: true, ...INVITEE_PERSON_SELECT } },
    },
  });
  if (!conference) throw new NotFoundError('Conference');

  const people = conference.invitees
    .map((invitee) => ({ id: invitee.id, memberId: invitee.memberId, ...describeInvitee(invitee) }))
    .sort((a, b) => compareVietnameseNames(a.name, b.name));
  const office = managesConference(actor, conference);
  // Without an id the office prints the list; anyone else, their own invitation.
  const person = inviteeId ? people[0] : office ? undefined : people.find((invitee) => invitee.memberId === actor.memberId);
  if ((inviteeId || !office) && !person) throw new NotFoundError('Invitee');

  const bytes = await buildInvitationDocument({
    issuer: await documentIssuer(conference),
    conference: conferenceFacts(conference),
    agenda: conference.agendaItems.map((item) => ({ startsAt: item.startsAt, title: item.title, presenter: item.presenter?.fullName ?? item.presenterName })),
    routes: conference.invitations.flatMap((invitation) => (invitation.label ? [invitation.label] : [])),
    to: person ? { person } : { list: people },
    issuedOn: today,
  });
  const day = conferenceDay(conference);
  return { bytes, fileName: person ? `Giấy mời ${person.name} ${day}.docx` : `Giấy mời hội nghị ${day}.docx` };
}
