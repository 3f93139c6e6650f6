import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { managedOrganizationScope, memberScope, planScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { MAX_CHAIRS } from '../../schemas/conference.ts';

/**
 * The choices of the conference form: the organisations the actor manages as hosts (each with its
 * subtree, so the form offers only the host's own people), their active members sorted the Vietnamese
 * way, their committees and the plans in scope. `keepMemberIds` are people already on the conference,
 * and `keepHostId` its host, are listed even if deactivated or merged since, so editing an old record
 * does not silently drop them. Hosts come in tree order, the top organisation (the usual host) first.
 */
export async function getConferenceFormOptions({
  actor, purpose, keepHostId, keepMemberIds = [],
}: { actor: Actor; purpose: 'create' | 'update'; keepHostId?: string; keepMemberIds?: string[] }) {
  requirePermission(actor, purpose === 'create' ? 'conference.create' : 'conference.update');
  const [organizations, members, committees, plans] = await Promise.all([
    db().organization.findMany({
      where: managedOrganizationScope(actor),
      select: { id: true, name: true, parentId: true, deactivatedAt: true, mergedIntoId: true },
    }),
    db().member.findMany({
      where: { AND: [memberScope(actor), { OR: [{ deactivatedAt: null }, { id: { in: keepMemberIds } }] }] },
      select: { id: true, fullName: true, title: true, organizationId: true },
    }),
    db().committee.findMany({
      where: { organization: managedOrganizationScope(actor) },
      orderBy: [{ term: { startYear: 'desc' } }, { name: 'asc' }],
      select: { id: true, name: true, organizationId: true, term: { select: { name: true } } },
    }),
    db().plan.findMany({ where: planScope(actor), orderBy: { issuedOn: 'desc' }, take: 200, select: { id: true, officialNumber: true, title: true, issuerId: true } }),
  ]);

  const managed = new Set(organizations.map((organization) => organization.id));
  const childrenOf = new Map<string | null, typeof organizations>();
  for (const organization of [...organizations].sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
    const parent = organization.parentId && managed.has(organization.parentId) ? organization.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), organization]);
  }
  const subtreeOf = (rootId: string): string[] => [rootId, ...(childrenOf.get(rootId) ?? []).flatMap((child) => subtreeOf(child.id))];
  const inTreeOrder = (parent: string | null): typeof organizations => (childrenOf.get(parent) ?? []).flatMap((child) => [child, ...inTreeOrder(child.id)]);

  return {
    hosts: inTreeOrder(null)
      .filter((organization) => (!organization.deactivatedAt && !organization.mergedIntoId) || organization.id === keepHostId)
      .map((organization) => ({ id: organization.id, name: organization.name, subtreeIds: subtreeOf(organization.id) })),
    members: members.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
    committees: committees.map((committee) => ({ id: committee.id, name: `${committee.name} (${committee.term.name})`, organizationId: committee.organizationId })),
    plans,
    maxChairs: MAX_CHAIRS,
  };
}

export type ConferenceFormOptions = Awaited<ReturnType<typeof getConferenceFormOptions>>;
