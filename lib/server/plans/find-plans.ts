import 'server-only';
import { planScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';

export async function findPlans({ actor }: { actor: Actor }) {
  requirePermission(actor, 'plan.read');
  return db().plan.findMany({
    where: planScope(actor),
    orderBy: [{ issuedOn: 'desc' }, { officialNumber: 'asc' }],
    take: 200,
    select: {
      id: true, officialNumber: true, issuedOn: true, title: true,
      issuer: { select: { shortName: true, name: true } },
      _count: { select: { conferences: true } },
    },
  });
}
