import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { conferenceScope, managedOrganizationScope, memberScope, planScope, taskScope } from '../../auth/scope.ts';
import { db, Prisma } from '../../db/client.ts';
import { escapeLikePattern, searchWords, snippetParts, type SnippetPart } from '../../domain/search-text.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { searchQuerySchema } from '../../schemas/search.ts';
import { RuleViolationError } from '../errors.ts';
import { conclusionScopeSql, conferenceScopeSql, memberScopeSql, planScopeSql, taskScopeSql } from '../../auth/scope-sql.ts';

/** Records shown per kind; each group also reports how many matched in all. */
export const SEARCH_GROUP_SIZE = 10;

// The folded text each kind is searched in. These must stay exactly the expressions of the trigram
// indexes in prisma/migrations/*_search_fold, or the database folds every row instead of using them.
const PLAN_TEXT = Prisma.sql`p."officialNumber" || ' ' || p."title"`;
const CONFERENCE_TEXT = Prisma.sql`c."title" || ' ' || coalesce(c."venue", '')`;
const CONCLUSION_TEXT = Prisma.sql`k."content"`;
const TASK_TEXT = Prisma.sql`t."title" || ' ' || coalesce(t."description", '')`;
const MEMBER_TEXT = Prisma.sql`m."fullName" || ' ' || coalesce(m."title", '')`;

/**
 * Plans, conferences, conclusions, tasks and members whose text contains every word of the query, in
 * any order, ignoring diacritics and case ("hoi nghi so ket" finds "Hội nghị sơ kết"): the database
 * folds both sides with `public.search_fold` (unaccent; the same on PostgreSQL and the embedded PGlite).
 * Each kind the actor may read comes back as a group of at most SEARCH_GROUP_SIZE records, in its
 * list's order, with its total and a marked excerpt; kinds the role may not read are left out.
 * Two queries per kind at most: the matching ids with the total and the names of related records (SQL,
 * scoped by lib/auth/scope-sql.ts), then those rows (Prisma, scoped again by lib/auth/scope.ts).
 */
export async function searchEverything({ actor, query }: { actor: Actor; query: string }) {
  requirePermission(actor, 'search.use');
  const parsed = searchQuerySchema.safeParse(query);
  if (!parsed.success) throw new RuleViolationError(parsed.error.issues[0]?.message ?? 'search.tooShort', {}, 'q');
  const words = searchWords(parsed.data);
  const matches = (text: Prisma.Sql) =>
    Prisma.join(
      // Parameters only: each word is folded by the database, its % and _ escaped (LIKE's default escape is \).
      words.map((word) => Prisma.sql`public.search_fold(${text}) LIKE '%' || public.search_fold(${escapeLikePattern(word)}) || '%'`),
      ' AND ',
    );
  const snippet: Snippet = {
    whole: (text) => snippetParts(text, words, 400),
    excerpt: (text) => snippetParts(text, words),
    ifMatch: (text) => {
      const parts = text ? snippetParts(text, words) : [];
      return parts.some((part) => part.match) ? parts : null;
    },
  };

  const [plans, conferences, conclusions, tasks, members] = await Promise.all([
    can(actor.roles, 'plan.read') ? searchPlans(actor, matches(PLAN_TEXT), snippet) : null,
    can(actor.roles, 'conference.read') ? searchConferences(actor, matches(CONFERENCE_TEXT), snippet) : null,
    can(actor.roles, 'conference.read') ? searchConclusions(actor, matches(CONCLUSION_TEXT), snippet) : null,
    can(actor.roles, 'task.read') ? searchTasks(actor, matches(TASK_TEXT), snippet) : null,
    can(actor.roles, 'member.read') ? searchMembers(actor, matches(MEMBER_TEXT), snippet) : null,
  ]);
  return { query: parsed.data, words, plans, conferences, conclusions, tasks, members };
}

export type SearchResults = Awaited<ReturnType<typeof searchEverything>>;
export type SearchGroupKind = 'plans' | 'conferences' | 'conclusions' | 'tasks' | 'members';

/** A record's text with the query's words marked: a heading whole, a long text as an excerpt around the match. */
interface Snippet {
  whole(text: string): SnippetPart[];
  excerpt(text: string): SnippetPart[];
  /** The excerpt only where this text holds a match (a task's description when its title has none). */
  ifMatch(text: string | null): SnippetPart[] | null;
}
interface Hit { id: string; total: number }

/**
 * One group: the SQL query's hits (in its order, with the total from count(*) OVER ()) joined to the
 * rows Prisma loaded for them; a hit the Prisma scope does not confirm is left out.
 */
function group<H extends Hit, Row extends { id: string }, Item>(hits: H[], rows: Row[], item: (row: Row, hit: H) => Item) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    total: hits[0]?.total ?? 0,
    items: hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      return row ? [item(row, hit)] : [];
    }),
  };
}

async function searchPlans(actor: Actor, match: Prisma.Sql, snippet: Snippet) {
  const hits = await db().$queryRaw<Hit[]>`
    SELECT p."id"::text AS id, (count(*) OVER ())::int AS total FROM "Plan" p
    WHERE ${planScopeSql(actor)} AND ${match}
    ORDER BY p."issuedOn" DESC, p."officialNumber", p."id" LIMIT ${SEARCH_GROUP_SIZE}`;
  const rows = hits.length === 0 ? [] : await db().plan.findMany({
    where: { AND: [planScope(actor), { id: { in: hits.map((hit) => hit.id) } }] },
    select: { id: true, officialNumber: true, title: true, issuedOn: true },
  });
  return group(hits, rows, (row) => ({ ...row, heading: snippet.whole(row.officialNumber), excerpt: snippet.excerpt(row.title) }));
}

async function searchConferences(actor: Actor, match: Prisma.Sql, snippet: Snippet) {
  const hits = await db().$queryRaw<Hit[]>`
    SELECT c."id"::text AS id, (count(*) OVER ())::int AS total FROM "Conference" c
    WHERE ${conferenceScopeSql(actor)} AND ${match}
    ORDER BY c."startsAt" DESC, c."id" LIMIT ${SEARCH_GROUP_SIZE}`;
  const rows = hits.length === 0 ? [] : await db().conference.findMany({
    where: { AND: [conferenceScope(actor), { id: { in: hits.map((hit) => hit.id) } }] },
    select: { id: true, title: true, status: true, startsAt: true, venue: true },
  });
  return group(hits, rows, (row) => ({ ...row, heading: snippet.whole(row.title), excerpt: snippet.ifMatch(row.venue) }));
}

/** Conclusions of conferences in scope: published ones, and drafts too for the office of the host. */
function conclusionSearchScope(actor: Actor): Prisma.ConclusionWhereInput {
  return {
    conference: conferenceScope(actor),
    OR: [{ publishedAt: { not: null } }, { conference: { hostOrganization: managedOrganizationScope(actor) } }],
  };
}

async function searchConclusions(actor: Actor, match: Prisma.Sql, snippet: Snippet) {
  // The conference's title and date come with the hit: a Prisma relation select would be a third query.
  const hits = await db().$queryRaw<(Hit & { conferenceTitle: string; conferenceStartsAt: Date })[]>`
    SELECT k."id"::text AS id, (count(*) OVER ())::int AS total, c."title" AS "conferenceTitle", c."startsAt" AS "conferenceStartsAt"
    FROM "Conclusion" k JOIN "Conference" c ON c."id" = k."conferenceId"
    WHERE ${conclusionScopeSql(actor)} AND ${match}
    ORDER BY c."startsAt" DESC, c."id", k."number" LIMIT ${SEARCH_GROUP_SIZE}`;
  const rows = hits.length === 0 ? [] : await db().conclusion.findMany({
    where: { AND: [conclusionSearchScope(actor), { id: { in: hits.map((hit) => hit.id) } }] },
    select: { id: true, number: true, content: true, publishedAt: true, conferenceId: true },
  });
  return group(hits, rows, ({ content, conferenceId, ...row }, hit) => ({
    ...row,
    conference: { id: conferenceId, title: hit.conferenceTitle, startsAt: hit.conferenceStartsAt },
    excerpt: snippet.excerpt(content),
  }));
}

async function searchTasks(actor: Actor, match: Prisma.Sql, snippet: Snippet) {
  const hits = await db().$queryRaw<(Hit & { ownerName: string })[]>`
    SELECT t."id"::text AS id, (count(*) OVER ())::int AS total, coalesce(o."shortName", o."name") AS "ownerName"
    FROM "Task" t JOIN "Organization" o ON o."id" = t."ownerOrganizationId"
    WHERE ${taskScopeSql(actor)} AND ${match}
    ORDER BY t."dueDate" ASC NULLS LAST, t."id" LIMIT ${SEARCH_GROUP_SIZE}`;
  const rows = hits.length === 0 ? [] : await db().task.findMany({
    where: { AND: [taskScope(actor), { id: { in: hits.map((hit) => hit.id) } }] },
    select: { id: true, title: true, description: true, status: true, dueDate: true },
  });
  return group(hits, rows, ({ description, ...row }, hit) => ({
    ...row, ownerName: hit.ownerName, heading: snippet.whole(row.title), excerpt: snippet.ifMatch(description),
  }));
}

async function searchMembers(actor: Actor, match: Prisma.Sql, snippet: Snippet) {
  const hits = await db().$queryRaw<(Hit & { organizationName: string })[]>`
    SELECT m."id"::text AS id, (count(*) OVER ())::int AS total, coalesce(o."shortName", o."name") AS "organizationName"
    FROM "Member" m JOIN "Organization" o ON o."id" = m."organizationId"
    WHERE ${memberScopeSql(actor)} AND ${match}
    ORDER BY m."fullName", m."id" LIMIT ${SEARCH_GROUP_SIZE}`;
  const rows = hits.length === 0 ? [] : await db().member.findMany({
    where: { AND: [memberScope(actor), { deactivatedAt: null }, { id: { in: hits.map((hit) => hit.id) } }] },
    select: { id: true, fullName: true, title: true },
  });
  const found = group(hits, rows, (row, hit) => ({
    ...row, organizationName: hit.organizationName, heading: snippet.whole(row.fullName), excerpt: row.title ? snippet.whole(row.title) : null,
  }));
  // The page of ten in the Vietnamese order (given name first), as the member list sorts.
  return { ...found, items: found.items.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)) };
}
