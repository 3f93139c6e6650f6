import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { AnswerInvitationInput } from '../../schemas/invitation.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { invitationAnswerable } from './invitation-answerable.ts';
import { lockConferenceForAnswer } from './conference-guards.ts';

const ANSWER_SELECT = { id: true, conferenceId: true, rsvp: true, rsvpReason: true, rsvpAt: true, version: true } as const;

/**
 * An invitee's own answer: attend, or absent with a reason. Only one's own invitation (whatever one's
 * role: the office does not answer for people), only while the conference is scheduled and has not
 * started, and only from the version the form showed.
 */
export async function answerInvitation({ actor, inviteeId, version, answer, reason }: { actor: Actor } & AnswerInvitationInput): Promise<{ id: string }> {
  requirePermission(actor, 'invitation.answer');
  // The schema says so too; repeated here because the rule must hold for every caller of the use case.
  if (answer === 'DECLINED' && !reason) throw new RuleViolationError('rsvp.reasonRequired', {}, 'reason');
  return db().$transaction(async (tx) => {
    // Someone else's invitee is simply not found: the member id is part of the look-up.
    const mine = await tx.invitee.findFirst({ where: { id: inviteeId, memberId: actor.memberId }, select: { conferenceId: true } });
    if (!mine) throw new NotFoundError('Invitee');
    await lockConferenceForAnswer(tx, mine.conferenceId);
    const conference = await tx.conference.findUniqueOrThrow({ where: { id: mine.conferenceId }, select: { status: true, startsAt: true } });
    const answerable = invitationAnswerable(conference, now());
    if (answerable !== 'OPEN') throw new RuleViolationError(answerable === 'STARTED' ? 'rsvp.started' : 'rsvp.notAllowed');

    const before = await tx.invitee.findUniqueOrThrow({ where: { id: inviteeId }, select: ANSWER_SELECT });
    const { count } = await tx.invitee.updateMany({
      where: { id: inviteeId, memberId: actor.memberId, version },
      data: { rsvp: answer, rsvpReason: reason, rsvpAt: now(), version: { increment: 1 } },
    });
    if (count === 0) throw await staleRecordError(tx, 'Invitee', inviteeId);
    const after = await tx.invitee.findUniqueOrThrow({ where: { id: inviteeId }, select: ANSWER_SELECT });
    await recordAudit(tx, { actor, action: 'invitation.answer', entity: 'Invitee', entityId: inviteeId, before, after });
    return { id: inviteeId };
  });
}
