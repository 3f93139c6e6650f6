import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { managedOrganizationScope, resolutionScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';

/**
 * The choices of the task form: owners among the organisations the actor manages, co-owners among all
 * active organisations, responsible people of the managed units (the form narrows them to the chosen
 * owner and co-owners), and
 * the targets of the actor's resolutions.
 */
export async function getTaskFormOptions({ actor, keep = {} }: { actor: Actor; keep?: { memberId?: string | null; targetId?: string | null } }) {
  requirePermission(actor, 'task.create');
  const active = { deactivatedAt: null, mergedIntoId: null };
  // An edited task keeps its person and target in the lists even when they lie outside the actor's
  // own units and resolutions (the office above assigned it), so saving does not silently drop them.
  const [organizations, members, targets] = await Promise.all([
    db().organization.findMany({ where: active, orderBy: { name: 'asc' }, select: { id: true, name: true, shortName: true } }),
    // Only the managed units' people: bounded by the actor's scope, not by the size of the whole party.
    db().member.findMany({
      where: { OR: [{ deactivatedAt: null, organization: managedOrganizationScope(actor) }, ...(keep.memberId ? [{ id: keep.memberId }] : [])] },
      select: { id: true, fullName: true, title: true, organizationId: true },
    }),
    db().target.findMany({
      where: { OR: [{ resolution: resolutionScope(actor) }, ...(keep.targetId ? [{ id: keep.targetId }] : [])] },
      orderBy: [{ resolution: { issuedOn: 'desc' } }, { position: 'asc' }],
      select: { id: true, name: true },
    }),
  ]);
  const managed = new Set(actor.managedOrganizationIds);
  return {
    owners: organizations.filter((organization) => managed.has(organization.id)),
    organizations,
    members: members.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
    targets,
  };
}

export type TaskFormOptions = Awaited<ReturnType<typeof getTaskFormOptions>>;

/** What the new-task form shows of the conclusion a task is being made from. */
export async function getConclusionForTask({ actor, conclusionId }: { actor: Actor; conclusionId: string }) {
  requirePermission(actor, 'task.create');
  return db().conclusion.findFirst({
    where: { id: conclusionId, publishedAt: { not: null }, conference: { hostOrganization: managedOrganizationScope(actor) } },
    select: { id: true, number: true, content: true, conference: { select: { id: true, title: true, startsAt: true, hostOrganizationId: true } } },
  });
}
