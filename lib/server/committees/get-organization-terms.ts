import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { committeeKindsFor } from '../../domain/committee-rules.ts';
import { todayInVietnam } from '../../domain/task-deadline.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { NotFoundError } from '../errors.ts';

/** Seats held today: started, and not ended before today. */
export function seatHeldOn(day: string) {
  const date = new Date(`${day}T00:00:00Z`);
  return { startDate: { lte: date }, OR: [{ endDate: null }, { endDate: { gte: date } }] };
}

/**
 * The terms page of an organisation the admin administers: its own terms, newest first, each with the
 * organisation's committees in it and their seats held today; and the terms of another organisation
 * (the one above) that some committee of this one belongs to, shown but not editable here.
 */
export async function getOrganizationTerms({ actor, organizationId }: { actor: Actor; organizationId: string }) {
  requirePermission(actor, 'committee.read');
  const scope = await adminOrganizationIds(db(), actor);
  const organization = await db().organization.findFirst({
    where: { id: organizationId, AND: [{ id: { in: scope } }] },
    select: { id: true, name: true, shortName: true, kind: true, deactivatedAt: true, mergedIntoId: true },
  });
  if (!organization) throw new NotFoundError('Organization');
  const held = seatHeldOn(todayInVietnam(now()));
  const terms = await db().term.findMany({
    where: { OR: [{ organizationId }, { committees: { some: { organizationId } } }] },
    orderBy: [{ startYear: 'desc' }, { id: 'asc' }],
    select: {
      id: true, name: true, congressNumber: true, startYear: true, endYear: true, version: true,
      organization: { select: { id: true, name: true } },
      committees: {
        where: { organizationId },
        orderBy: { kind: 'asc' },
        select: { id: true, kind: true, name: true, _count: { select: { seats: { where: held } } } },
      },
    },
  });
  return {
    organization: { ...organization, active: !organization.deactivatedAt && !organization.mergedIntoId },
    committeeKinds: committeeKindsFor(organization.kind),
    terms: terms.map(({ organization: owner, committees, ...term }) => ({
      ...term,
      own: owner.id === organizationId,
      owner: owner.name,
      committees: committees.map(({ _count, ...committee }) => ({ ...committee, heldSeats: _count.seats })),
    })),
  };
}

export type OrganizationTerms = Awaited<ReturnType<typeof getOrganizationTerms>>;
