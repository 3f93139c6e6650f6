import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { allowedChildKinds, inTreeOrder, subtreeIds } from '../../domain/organization-tree.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';

const byName = new Intl.Collator('vi');

/**
 * The organisations a form may point at: the open ones (neither deactivated nor merged) the actor
 * administers, in tree order with their depth, each with the kinds it may hold. `outside` leaves out
 * an organisation and its subtree: a move or a merge may not aim into them.
 */
export async function getOrganizationFormOptions({ actor, outside }: { actor: Actor; outside?: string }) {
  requirePermission(actor, 'organization.manage');
  const scope = await adminOrganizationIds(db(), actor);
  const organizations = await db().organization.findMany({
    where: { id: { in: scope } },
    select: { id: true, name: true, shortName: true, kind: true, parentId: true, deactivatedAt: true, mergedIntoId: true },
  });
  const excluded = outside ? subtreeIds(new Map(organizations.map((organization) => [organization.id, organization.parentId])), outside) : new Set<string>();
  return inTreeOrder(organizations, (a, b) => byName.compare(a.name, b.name))
    .filter(({ item }) => !item.deactivatedAt && !item.mergedIntoId && !excluded.has(item.id))
    .map(({ item, depth }) => ({ id: item.id, name: item.name, kind: item.kind, depth, childKinds: allowedChildKinds(item.kind) }));
}

export type OrganizationOption = Awaited<ReturnType<typeof getOrganizationFormOptions>>[number];
