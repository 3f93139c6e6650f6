// `where` conditions that limit every query to what the actor may see (STYLE.md §4): a record outside
// the scope is "not found", so no code path can read or change it by id alone.
import type { Prisma } from '../db/generated/prisma/client.ts';
import type { Actor } from './load-actor.ts';

export function conferenceScope(actor: Actor): Prisma.ConferenceWhereInput {
  return {
    OR: [
      { hostOrganizationId: { in: actor.managedOrganizationIds } },
      // A draft is not announced yet: invitees see it once the office schedules it.
      { status: { not: 'DRAFT' }, invitees: { some: { memberId: actor.memberId } } },
    ],
  };
}

export function planScope(actor: Actor): Prisma.PlanWhereInput {
  return { issuerId: { in: actor.managedOrganizationIds } };
}

export function resolutionScope(actor: Actor): Prisma.ResolutionWhereInput {
  return { organizationId: { in: actor.managedOrganizationIds } };
}

export function memberScope(actor: Actor): Prisma.MemberWhereInput {
  return { organizationId: { in: actor.managedOrganizationIds } };
}

/** Tasks owned or co-owned by a managed organisation, or by the attendee's own unit. */
export function taskScope(actor: Actor): Prisma.TaskWhereInput {
  const units = [...actor.managedOrganizationIds, actor.organizationId];
  return {
    OR: [
      // Owner or co-owner: the database keeps both in Task.unitIds (one GIN-indexed overlap, no EXISTS).
      { unitIds: { hasSome: units } },
      { responsibleMemberId: actor.memberId },
    ],
  };
}

/** Tasks the actor assigns and edits: owned by an organisation they manage. */
export function managedTaskScope(actor: Actor): Prisma.TaskWhereInput {
  return { ownerOrganizationId: { in: actor.managedOrganizationIds } };
}

/**
 * Tasks the actor reports on, moving their status and progress: owned by a unit they manage or by
 * their own unit, or theirs as the responsible person. Co-owners follow a task (taskScope) but the
 * owner reports on it.
 */
export function reportableTaskScope(actor: Actor): Prisma.TaskWhereInput {
  return {
    OR: [
      { ownerOrganizationId: { in: [...actor.managedOrganizationIds, actor.organizationId] } },
      { responsibleMemberId: actor.memberId },
    ],
  };
}
