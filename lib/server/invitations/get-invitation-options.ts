import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { memberScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';

const byName = new Intl.Collator('vi');

/** An active cell whose committee has someone on a current seat: the people the cell-committees route reaches. */
const INVITABLE_CELL = {
  kind: 'CELL',
  deactivatedAt: null,
  mergedIntoId: null,
  committees: { some: { kind: 'CELL_COMMITTEE', seats: { some: { endDate: null, member: { deactivatedAt: null } } } } },
} as const satisfies Prisma.OrganizationWhereInput;

/**
 * The choices of the invitation forms: members of the organisations the actor manages, their
 * committees with the number of current seats, the organisations that have cells under them, and any
 * active organisation for a delegation (the superior committee is outside the actor's scope by nature).
 */
export async function getInvitationOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, 'invitation.manage');
  const managed = actor.managedOrganizationIds;
  const [members, committees, cellParents, organizations] = await Promise.all([
    db().member.findMany({
      where: { AND: [memberScope(actor), { deactivatedAt: null }] },
      take: 5000,
      select: { id: true, fullName: true, title: true, organization: { select: { shortName: true, name: true } } },
    }),
    db().committee.findMany({
      where: { organizationId: { in: managed }, organization: { deactivatedAt: null, mergedIntoId: null } },
      orderBy: [{ term: { startYear: 'desc' } }, { name: 'asc' }],
      select: { id: true, name: true, kind: true, term: { select: { name: true } }, _count: { select: { seats: { where: { endDate: null, member: { deactivatedAt: null } } } } } },
    }),
    db().organization.findMany({
      where: { id: { in: managed }, deactivatedAt: null, mergedIntoId: null, children: { some: INVITABLE_CELL } },
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
