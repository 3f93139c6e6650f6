import 'server-only';
import { conferenceScope, planScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';

export async function getPlan({ actor, planId }: { actor: Actor; planId: string }) {
  requirePermission(actor, 'plan.read');
  const plan = await db().plan.findFirst({
    where: { AND: [{ id: planId }, planScope(actor)] },
    select: {
      id: true, officialNumber: true, issuedOn: true, title: true, purpose: true, content: true, issuerId: true, version: true,
      issuer: { select: { name: true, shortName: true } },
      resolution: { select: { id: true, title: true } },
      conferences: {
        where: conferenceScope(actor),
        orderBy: { startsAt: 'asc' },
        select: { id: true, title: true, kind: true, status: true, startsAt: true, endsAt: true, venue: true },
      },
    },
  });
  if (!plan) throw new NotFoundError('Plan');
  return plan;
}
