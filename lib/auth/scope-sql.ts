import 'server-only';
// lib/auth/scope.ts as SQL, for the statements Prisma's query API cannot write: the search, which matches
// in SQL (public.search_fold), and the dashboard's counts, one pass with FILTER aggregates. Each function
// mirrors the Prisma condition named in its comment, on the table alias given;
// tests/integration/scope-sql.test.ts proves they select the same rows for every kind of reader. The rows a
// search shows are then loaded through Prisma with the Prisma scope as well.
import { Prisma } from '../db/client.ts';
import type { Actor } from './load-actor.ts';

/** planScope, on "Plan" p. */
export function planScopeSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`p."issuerId" = ANY(${actor.managedOrganizationIds}::uuid[])`;
}

/** conferenceScope, on "Conference" c. */
export function conferenceScopeSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(c."hostOrganizationId" = ANY(${actor.managedOrganizationIds}::uuid[])
    OR (c."status" <> 'DRAFT' AND EXISTS (SELECT 1 FROM "Invitee" i WHERE i."conferenceId" = c."id" AND i."memberId" = ${actor.memberId}::uuid)))`;
}

/**
 * conclusionSearchScope (search-everything.ts), on "Conclusion" k joined to its "Conference" c: the
 * conference in scope, and published unless the actor's office hosts it (as getConference shows them).
 */
export function conclusionScopeSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`${conferenceScopeSql(actor)}
    AND (k."publishedAt" IS NOT NULL OR c."hostOrganizationId" = ANY(${actor.managedOrganizationIds}::uuid[]))`;
}

/** taskScope, on "Task" t: overlaps of an id or two per row (a province's 500 ids made each row's overlap 500 comparisons). */
export function taskScopeSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(t."unitPathIds" && ${actor.managingRootIds}::uuid[] OR t."unitIds" @> ARRAY[${actor.organizationId}::uuid] OR t."responsibleMemberId" = ${actor.memberId}::uuid)`;
}

/** managedTaskScope, on "Task" t (or the task tally, TaskTally t, which is kept by the same owner column). */
export function managedTaskScopeSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`t."ownerOrganizationId" = ANY(${actor.managedOrganizationIds}::uuid[])`;
}

/** memberScope and not deactivated (as findMembers lists them), on "Member" m. */
export function memberScopeSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`m."organizationId" = ANY(${actor.managedOrganizationIds}::uuid[]) AND m."deactivatedAt" IS NULL`;
}
