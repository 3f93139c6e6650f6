import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { RemoveInvitationInput } from '../../schemas/invitation.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { requireManagedConference } from './conference-guards.ts';

/**
 * Removes one invitation route. People reached only through it are no longer invited (their invitee
 * rows go, with any answer: the audit row keeps them); people still invited another way stay, with
 * their answer and attendance untouched.
 */
export async function removeInvitation({ actor, conferenceId, invitationId }: { actor: Actor } & RemoveInvitationInput): Promise<{ removed: number; kept: number }> {
  requirePermission(actor, 'invitation.manage');
  return db().$transaction(async (tx) => {
    await requireManagedConference(tx, { actor, conferenceId, action: 'INVITE', refusalKey: 'invitation.notAllowed' });
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, conferenceId },
      select: {
        id: true, conferenceId: true, kind: true, memberId: true, committeeId: true, organizationId: true, label: true,
        invitees: {
          select: {
            id: true, memberId: true, guestName: true, guestTitle: true, rsvp: true, rsvpReason: true, attendance: true, attendanceNote: true,
            _count: { select: { invitations: true } },
          },
        },
      },
    });
    if (!invitation) throw new NotFoundError('Invitation');

    const { invitees, ...route } = invitation;
    const onlyThisRoute = invitees.filter((invitee) => invitee._count.invitations === 1);
    // Attendance is a record of the meeting: removing its people would silently change the register and quorum.
    const recorded = onlyThisRoute.filter((invitee) => invitee.attendance !== null).length;
    if (recorded > 0) throw new RuleViolationError('invitation.attendanceRecorded', { count: recorded });
    if (onlyThisRoute.length > 0) {
      await tx.invitee.deleteMany({ where: { conferenceId, id: { in: onlyThisRoute.map((invitee) => invitee.id) } } });
    }
    // Deleting the route also deletes its links to the invitees who stay (the join rows cascade).
    await tx.invitation.deleteMany({ where: { id: invitation.id, conferenceId } });
    await recordAudit(tx, {
      actor, action: 'invitation.remove', entity: 'Invitation', entityId: invitation.id,
      before: {
        ...route,
        removedInvitees: onlyThisRoute.map((invitee) => ({
          id: invitee.id, memberId: invitee.memberId, guestName: invitee.guestName, guestTitle: invitee.guestTitle,
          rsvp: invitee.rsvp, rsvpReason: invitee.rsvpReason, attendance: invitee.attendance, attendanceNote: invitee.attendanceNote,
        })),
        keptInviteeIds: invitees.filter((invitee) => invitee._count.invitations > 1).map((invitee) => invitee.id),
      },
    });
    return { removed: onlyThisRoute.length, kept: invitees.length - onlyThisRoute.length };
  });
}
