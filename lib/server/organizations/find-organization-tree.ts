import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { inTreeOrder } from '../../domain/organization-tree.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';

const byName = new Intl.Collator('vi');

/**
 * The organisations the actor administers, in tree order (each followed by its subtree; open ones
 * before closed ones among siblings, then by name), with their depth, kind, state and active members.
 */
export async function findOrganizationTree({ actor }: { actor: Actor }) {
  requirePermission(actor, 'organization.read');
  const scope = await adminOrganizationIds(db(), actor);
  const organizations = await db().organization.findMany({
    where: { id: { in: scope } },
    select: {
      id: true, name: true, shortName: true, kind: true, parentId: true, deactivatedAt: true, mergedAt: true,
      mergedInto: { select: { id: true, name: true, shortName: true } },
      _count: { select: { members: { where: { deactivatedAt: null } } } },
    },
  });
  const closed = (organization: (typeof organizations)[number]) => (organization.deactivatedAt ? 1 : 0);
  return inTreeOrder(organizations, (a, b) => closed(a) - closed(b) || byName.compare(a.name, b.name)).map(({ item, depth }) => ({
    id: item.id, name: item.name, shortName: item.shortName, kind: item.kind, depth,
    state: item.mergedInto ? ('merged' as const) : item.deactivatedAt ? ('deactivated' as const) : ('active' as const),
    mergedInto: item.mergedInto, mergedAt: item.mergedAt, activeMembers: item._count.members,
  }));
}

export type OrganizationTreeRow = Awaited<ReturnType<typeof findOrganizationTree>>[number];
