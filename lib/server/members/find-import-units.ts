import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { managedOrganizationScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';

const byName = new Intl.Collator('vi');

/** The active organisations the actor may import members into, by name: the template's "Đơn vị" sheet. */
export async function findImportUnits({ actor }: { actor: Actor }) {
  requirePermission(actor, 'member.import');
  const units = await db().organization.findMany({
    where: { ...managedOrganizationScope(actor), deactivatedAt: null, mergedIntoId: null },
    select: { name: true, shortName: true },
  });
  return units.sort((a, b) => byName.compare(a.name, b.name));
}
