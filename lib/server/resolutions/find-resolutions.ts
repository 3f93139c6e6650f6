import 'server-only';
import { resolutionScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';

export async function findResolutions({ actor }: { actor: Actor }) {
  requirePermission(actor, 'resolution.read');
  return db().resolution.findMany({
    where: resolutionScope(actor),
    orderBy: { issuedOn: 'desc' },
    select: {
      id: true, title: true, issuedOn: true,
      term: { select: { name: true } },
      organization: { select: { shortName: true } },
      _count: { select: { targets: true } },
    },
  });
}
