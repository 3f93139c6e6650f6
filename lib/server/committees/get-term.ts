import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { committeeKindsFor } from '../../domain/committee-rules.ts';
import { todayInVietnam } from '../../domain/task-deadline.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { NotFoundError } from '../errors.ts';
import { seatHeldOn } from './get-organization-terms.ts';

/**
 * One term as an organisation's admin sees it: the term (editable when it is the organisation's own),
 * the organisation's committees in it with their secretary and seats held today, and the kinds of
 * committee still to create. A term that is neither the organisation's nor holds one of its committees
 * is not found.
 */
export async function getTerm({ actor, organizationId, termId }: { actor: Actor; organizationId: string; termId: string }) {
  requirePermission(actor, 'committee.read');
  const scope = await adminOrganizationIds(db(), actor);
  const organization = await db().organization.findFirst({
    where: { id: organizationId, AND: [{ id: { in: scope } }] },
    select: { id: true, name: true, kind: true, deactivatedAt: true, mergedIntoId: true },
  });
  if (!organization) throw new NotFoundError('Organization');
  const held = seatHeldOn(todayInVietnam(now()));
  const term = await db().term.findFirst({
    where: { id: termId, OR: [{ organizationId }, { committees: { some: { organizationId } } }] },
    select: {
      id: true, name: true, congressNumber: true, startYear: true, endYear: true, version: true,
      organization: { select: { id: true, name: true } },
      committees: {
        where: { organizationId },
        orderBy: { kind: 'asc' },
        select: {
          id: true, kind: true, name: true,
          _count: { select: { seats: { where: held } } },
          seats: { where: { ...held, position: 'SECRETARY' }, take: 1, select: { member: { select: { fullName: true } } } },
        },
      },
    },
  });
  if (!term) throw new NotFoundError('Term');
  const own = term.organization.id === organizationId;
  const active = !organization.deactivatedAt && !organization.mergedIntoId;
  const existing = new Set(term.committees.map((committee) => committee.kind));
  return {
    organization: { id: organization.id, name: organization.name, active },
    term: { id: term.id, name: term.name, congressNumber: term.congressNumber, startYear: term.startYear, endYear: term.endYear, version: term.version, own, owner: term.organization.name },
    committees: term.committees.map((committee) => ({
      id: committee.id, kind: committee.kind, name: committee.name, heldSeats: committee._count.seats, secretary: committee.seats[0]?.member.fullName ?? null,
    })),
    /** Committees are created for the organisation's own terms, while it is active. */
    kindsToCreate: own && active ? committeeKindsFor(organization.kind).filter((kind) => !existing.has(kind)) : [],
  };
}

export type TermView = Awaited<ReturnType<typeof getTerm>>;
