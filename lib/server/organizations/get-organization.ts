import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { NotFoundError } from '../errors.ts';
import { countDeactivationBlockers } from './set-organization-active.ts';
import { loadAdminTree } from './organization-rules.ts';

const byName = new Intl.Collator('vi');

/**
 * One organisation the actor administers, for its page: details, parent, children, what was merged
 * into it (or what it was merged into), its active members in Vietnamese order and the counts of what
 * hangs on it. Throws not-found outside the actor's tree.
 */
export async function getOrganization({ actor, organizationId }: { actor: Actor; organizationId: string }) {
  requirePermission(actor, 'organization.read');
  const tree = await loadAdminTree(db(), actor);
  if (!tree.scope.includes(organizationId)) throw new NotFoundError('Organization');
  const organization = await db().organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true, name: true, shortName: true, kind: true, symbol: true, place: true, parentId: true, deactivatedAt: true, mergedAt: true, version: true, createdAt: true,
      parent: { select: { id: true, name: true } },
      mergedInto: { select: { id: true, name: true } },
      mergedFrom: { select: { id: true, name: true, mergedAt: true }, orderBy: { mergedAt: 'desc' } },
      children: {
        select: {
          id: true, name: true, shortName: true, kind: true, deactivatedAt: true, mergedIntoId: true,
          _count: { select: { members: { where: { deactivatedAt: null } } } },
        },
      },
      _count: { select: { hostedConferences: true, committees: true, terms: true, plans: true, ownedTasks: true } },
    },
  });
  if (!organization) throw new NotFoundError('Organization');
  const [blockers, members] = await Promise.all([
    countDeactivationBlockers(db(), organizationId),
    db().member.findMany({ where: { organizationId, deactivatedAt: null }, take: 500, select: { id: true, fullName: true, title: true } }),
  ]);
  const inScope = (id: string | null) => id !== null && tree.scope.includes(id);
  return {
    ...organization,
    parent: organization.parent ? { ...organization.parent, inScope: inScope(organization.parent.id) } : null,
    mergedInto: organization.mergedInto ? { ...organization.mergedInto, inScope: inScope(organization.mergedInto.id) } : null,
    mergedFrom: organization.mergedFrom.map((source) => ({ ...source, inScope: inScope(source.id) })),
    children: organization.children
      .map((child) => ({ id: child.id, name: child.name, shortName: child.shortName, kind: child.kind, activeMembers: child._count.members, state: child.mergedIntoId ? ('merged' as const) : child.deactivatedAt ? ('deactivated' as const) : ('active' as const) }))
      .sort((a, b) => Number(a.state !== 'active') - Number(b.state !== 'active') || byName.compare(a.name, b.name)),
    members: members.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
    counts: { ...blockers, conferences: organization._count.hostedConferences, committees: organization._count.committees, terms: organization._count.terms, plans: organization._count.plans, tasks: organization._count.ownedTasks },
    /** The top of one of the actor's own admin subtrees: not theirs to move, merge or close. */
    isOwnRoot: tree.roots.includes(organizationId),
  };
}

export type OrganizationDetails = Awaited<ReturnType<typeof getOrganization>>;
