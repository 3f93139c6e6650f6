import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { managedOrganizationScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';

const byName = new Intl.Collator('vi');

/** The units a member may be placed in or transferred to: those the actor manages, active and not merged, by name. */
export async function getMemberFormOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, 'member.manage');
  const units = await db().organization.findMany({
    where: { ...managedOrganizationScope(actor), deactivatedAt: null, mergedIntoId: null },
    select: { id: true, name: true },
  });
  return { units: units.sort((a, b) => byName.compare(a.name, b.name)) };
}
