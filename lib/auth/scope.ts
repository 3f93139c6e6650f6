// `where` conditions that limit every query to what the actor may see (STYLE.md §4): a record outside
// the scope is "not found", so no code path can read or change it by id alone.
//
// "In the actor's subtrees" is an overlap with the tops of those subtrees (Organization.pathIds and
// Task.unitPathIds, kept by the database): one array of an id or two per condition. Listing the
// subtrees' organisations instead sent a province's 500 ids as 500 bind parameters in every query of a
// page, and Prisma spent more time serialising them than PostgreSQL spent answering (decision 018).
import type { Prisma } from '../db/generated/prisma/client.ts';
import type { Actor } from './load-actor.ts';

/** Organisations in the actor's subtrees (those they manage as admin or secretary). */
export function managedOrganizationScope(actor: Actor): Prisma.OrganizationWhereInput {
  return { pathIds: { hasSome: actor.managingRootIds } };
}

export function conferenceScope(actor: Actor): Prisma.ConferenceWhereInput {
  return {
    OR: [
      { hostOrganization: managedOrganizationScope(actor) },
      // A draft is not announced yet: invitees see it once the office schedules it.
      { status: { not: 'DRAFT' }, invitees: { some: { memberId: actor.memberId } } },
    ],
  };
}

export function planScope(actor: Actor): Prisma.PlanWhereInput {
  return { issuer: managedOrganizationScope(actor) };
}

export function resolutionScope(actor: Actor): Prisma.ResolutionWhereInput {
  return { organization: managedOrganizationScope(actor) };
}

export function memberScope(actor: Actor): Prisma.MemberWhereInput {
  return { organization: managedOrganizationScope(actor) };
}

/** Tasks owned or co-owned by a managed organisation or by the attendee's own unit, or theirs as the responsible person. */
export function taskScope(actor: Actor): Prisma.TaskWhereInput {
  return {
    OR: [
      // Owner or co-owner: the database keeps both in Task.unitIds, and their paths in Task.unitPathIds
      // (GIN-indexed overlaps, no EXISTS over the co-owners).
      { unitPathIds: { hasSome: actor.managingRootIds } },
      { unitIds: { has: actor.organizationId } },
      { responsibleMemberId: actor.memberId },
    ],
  };
}

/** Tasks the actor assigns and edits: owned by an organisation they manage. */
export function managedTaskScope(actor: Actor): Prisma.TaskWhereInput {
  return { ownerOrganization: managedOrganizationScope(actor) };
}

/**
 * Tasks the actor reports on, moving their status and progress: owned by a unit they manage or by
 * their own unit, or theirs as the responsible person. Co-owners follow a task (taskScope) but the
 * owner reports on it.
 */
export function reportableTaskScope(actor: Actor): Prisma.TaskWhereInput {
  return {
    OR: [
      { ownerOrganization: managedOrganizationScope(actor) },
      { ownerOrganizationId: actor.organizationId },
      { responsibleMemberId: actor.memberId },
    ],
  };
}
