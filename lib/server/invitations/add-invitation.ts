import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { AddInvitationInput } from '../../schemas/invitation.ts';
import { recordAudit } from '../audit.ts';
import { requireManagedConference } from './conference-guards.ts';
import { resolveRoutes, type ResolvedRoute } from './resolve-routes.ts';

type Tx = Prisma.TransactionClient;

/**
 * Adds invitation routes to a conference (several when members are picked one by one). A person reached
 * by a route who is already invited another way stays ONE invitee, now linked to this route too, so
 * their answer is kept. One transaction; one audit row per route.
 */
export async function addInvitation({ actor, ...input }: { actor: Actor } & AddInvitationInput): Promise<{ routes: number; people: number; newInvitees: number }> {
  requirePermission(actor, 'invitation.manage');
  return db().$transaction(async (tx) => {
    // The lock serialises the changes of this conference: the "already invited?" look-up below cannot
    // race with another secretary inviting the same person.
    await requireManagedConference(tx, { actor, conferenceId: input.conferenceId, action: 'INVITE', refusalKey: 'invitation.notAllowed' });
    const routes = await resolveRoutes(tx, actor, input);
    const totals = { routes: routes.length, people: 0, newInvitees: 0 };
    for (const route of routes) {
      const written = await writeRoute(tx, actor, input.conferenceId, route);
      totals.people += written.people;
      totals.newInvitees += written.newInvitees;
    }
    return totals;
  });
}

async function writeRoute(tx: Tx, actor: Actor, conferenceId: string, route: ResolvedRoute) {
  const existing = route.memberIds.length > 0
    ? await tx.invitee.findMany({ where: { conferenceId, memberId: { in: route.memberIds } }, select: { id: true, memberId: true } })
    : [];
  const alreadyInvited = new Set(existing.map((invitee) => invitee.memberId));
  const newMemberIds = route.memberIds.filter((memberId) => !alreadyInvited.has(memberId));
  const newMembers = newMemberIds.length > 0
    ? await tx.invitee.createManyAndReturn({ data: newMemberIds.map((memberId) => ({ conferenceId, memberId })), select: { id: true } })
    : [];
  const guests = route.guests.length > 0
    ? await tx.invitee.createManyAndReturn({
        data: route.guests.map((guest) => ({ conferenceId, guestName: guest.name, guestTitle: guest.title, organizationId: route.organizationId })),
        select: { id: true },
      })
    : [];
  const invitees = [...existing, ...newMembers, ...guests];

  const invitation = await tx.invitation.create({
    data: {
      conferenceId, kind: route.kind, memberId: route.memberId, committeeId: route.committeeId, organizationId: route.organizationId, label: route.label,
      invitees: { connect: invitees.map(({ id }) => ({ id })) },
    },
    select: { id: true, conferenceId: true, kind: true, memberId: true, committeeId: true, organizationId: true, label: true },
  });
  await recordAudit(tx, {
    actor, action: 'invitation.create', entity: 'Invitation', entityId: invitation.id,
    after: {
      ...invitation,
      inviteeIds: invitees.map(({ id }) => id),
      newInviteeIds: [...newMembers, ...guests].map(({ id }) => id),
      guests: route.guests,
    },
  });
  return { people: invitees.length, newInvitees: newMembers.length + guests.length };
}
