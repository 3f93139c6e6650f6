import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { managedOrganizationScope, resolutionScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';

/** The choices of the plan form: organisations the actor manages (issuers) and their resolutions. */
export async function getPlanFormOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, 'plan.create');
  const [issuers, resolutions] = await Promise.all([
    db().organization.findMany({
      where: { ...managedOrganizationScope(actor), deactivatedAt: null, mergedIntoId: null },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    db().resolution.findMany({ where: resolutionScope(actor), orderBy: { issuedOn: 'desc' }, select: { id: true, title: true } }),
  ]);
  return { issuers, resolutions };
}

export type PlanFormOptions = Awaited<ReturnType<typeof getPlanFormOptions>>;
