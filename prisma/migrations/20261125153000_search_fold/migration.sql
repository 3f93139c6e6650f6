-- Search that ignores Vietnamese diacritics and case ("hoi nghi so ket" finds "Hội nghị sơ kết").
-- Written by hand: nothing here is modelled in prisma/schema.prisma, and Prisma's diff ignores functions,
-- extensions (without the postgresqlExtensions preview feature) and expression indexes.
-- tests/integration/migrations.test.ts lists the indexes. The embedded PGlite loads both extensions
-- (lib/db/embedded-server.ts, EMBEDDED_EXTENSIONS).

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The search key: diacritics removed, then lower case. unaccent() is only STABLE (its dictionary could
-- be changed), so it cannot appear in an index; this wrapper names the dictionary and every function by
-- schema, so its result depends only on its argument, and is declared IMMUTABLE (an index expression
-- must be: https://www.postgresql.org/docs/15/sql-createindex.html). đ/Đ are letters of their own, not d plus a mark: translate() maps them
-- whatever the installed unaccent.rules say. Lower case comes last, on plain letters, so it is right
-- under any LC_CTYPE (lower() of "Đ" in the C locale is "Đ"). lib/domain/vietnamese-name.ts
-- (foldVietnamese) is the same folding in TypeScript, for highlighting a match.
CREATE OR REPLACE FUNCTION public.search_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT pg_catalog.lower(public.unaccent('public.unaccent'::regdictionary, pg_catalog.translate($1, 'đĐ', 'dD'))) $$;

-- Trigram indexes on the folded text each kind is searched by (lib/server/search/search-everything.ts
-- uses exactly these expressions): LIKE '%…%' on them is an index scan instead of folding every row.
CREATE INDEX "Plan_search_idx" ON "Plan" USING gin (public.search_fold("officialNumber" || ' ' || "title") public.gin_trgm_ops);
CREATE INDEX "Conference_search_idx" ON "Conference" USING gin (public.search_fold("title" || ' ' || coalesce("venue", '')) public.gin_trgm_ops);
CREATE INDEX "Conclusion_search_idx" ON "Conclusion" USING gin (public.search_fold("content") public.gin_trgm_ops);
CREATE INDEX "Task_search_idx" ON "Task" USING gin (public.search_fold("title" || ' ' || coalesce("description", '')) public.gin_trgm_ops);
CREATE INDEX "Member_search_idx" ON "Member" USING gin (public.search_fold("fullName" || ' ' || coalesce("title", '')) public.gin_trgm_ops);
