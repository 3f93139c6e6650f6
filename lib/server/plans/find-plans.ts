import 'server-only';
import { planScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';

/** Plans in scope, newest first; `query` matches the number or the title (case-insensitive). */
export async function findPlans({ actor, query }: { actor: Actor; query?: string }) {
  requirePermission(actor, 'plan.read');
  const text = query?.trim();
  const match = text ? { OR: [{ officialNumber: { contains: text, mode: 'insensitive' as const } }, { title: { contains: text, mode: 'insensitive' as const } }] } : {};
  return db().plan.findMany({
    where: { AND: [planScope(actor), match] },
    orderBy: [{ issuedOn: 'desc' }, { officialNumber: 'asc' }],
    take: 200,
    select: {
      id: true, officialNumber: true, issuedOn: true, title: true,
      issuer: { select: { shortName: true, name: true } },
      _count: { select: { conferences: true } },
    },
  });
}
