import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { managedOrganizationScope, memberScope } from '../../auth/scope.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { vietnamDateOf } from '../../domain/vietnam-time.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';

const byName = new Intl.Collator('vi');

/** An active cell whose committee has someone on a current seat: the people the cell-committees route reaches. */
function invitableCell(held: Prisma.CommitteeSeatWhereInput) {
  return {
    kind: 'CELL',
    deactivatedAt: null,
    mergedIntoId: null,
    committees: { some: { kind: 'CELL_COMMITTEE', seats: { some: held } } },
  } as const satisfies Prisma.OrganizationWhereInput;
}

/** Seats held on the conference's day (Vietnam time) by people still active: those a whole-committee route invites. */
function seatsHeldOn(startsAt: Date): Prisma.CommitteeSeatWhereInput {
  const day = new Date(`${vietnamDateOf(startsAt)}T00:00:00Z`);
  return { startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }], member: { deactivatedAt: null } };
}

/**
 * The choices of the invitation forms of a conference starting at `startsAt`: members of the organisations
 * the actor manages, their committees with the number of seats held on the conference's day, the organisations that have cells under them, and any
 * active organisation for a delegation (the superior committee is outside the actor's scope by nature).
 */
export async function getInvitationOptions({ actor, startsAt = now() }: { actor: Actor; startsAt?: Date }) {
  requirePermission(actor, 'invitation.manage');
  const held = seatsHeldOn(startsAt);
  const INVITABLE_CELL = invitableCell(held);
  const [members, committees, cellParents, organizations] = await Promise.all([
    db().member.findMany({
      where: { AND: [memberScope(actor), { deactivatedAt: null }] },
      take: 5000,
      select: { id: true, fullName: true, title: true, organization: { select: { shortName: true, name: true } } },
    }),
    db().committee.findMany({
      where: { organization: { ...managedOrganizationScope(actor), deactivatedAt: null, mergedIntoId: null } },
      orderBy: [{ term: { startYear: 'desc' } }, { name: 'asc' }],
      select: { id: true, name: true, kind: true, term: { select: { name: true } }, _count: { select: { seats: { where: held } } } },
    }),
    db().organization.findMany({
      where: { ...managedOrganizationScope(actor), deactivatedAt: null, mergedIntoId: null, children: { some: INVITABLE_CELL } },
      select: { id: true, name: true, _count: { select: { children: { where: INVITABLE_CELL } } } },
    }),
    db().organization.findMany({ where: { deactivatedAt: null, mergedIntoId: null }, take: 2000, select: { id: true, name: true, shortName: true } }),
  ]);
  return {
    members: members
      .map((member) => ({ id: member.id, fullName: member.fullName, title: member.title, unit: member.organization.shortName ?? member.organization.name }))
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
    committees: committees
      .filter((committee) => committee._count.seats > 0)
      .map((committee) => ({ id: committee.id, name: committee.name, kind: committee.kind, term: committee.term.name, seats: committee._count.seats })),
    cellParents: cellParents
      .map((organization) => ({ id: organization.id, name: organization.name, cells: organization._count.children }))
      .sort((a, b) => byName.compare(a.name, b.name)),
    organizations: organizations.sort((a, b) => byName.compare(a.name, b.name)),
  };
}

export type InvitationOptions = Awaited<ReturnType<typeof getInvitationOptions>>;
