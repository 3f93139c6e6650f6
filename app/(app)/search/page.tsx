import type { Metadata } from 'next';
import { SearchResultGroups } from '@/components/search/search-results.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { searchQuerySchema } from '@/lib/schemas/search.ts';
import { firstValues } from '@/lib/schemas/task-filters.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { searchEverything } from '@/lib/server/search/search-everything.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.search.title };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('search.use');
  const { q = '' } = firstValues(await searchParams);
  const { t, locale } = await getMessages();
  const parsed = q ? searchQuerySchema.safeParse(q) : null;
  const results = parsed?.success ? await searchEverything({ actor, query: parsed.data }) : null;
  const error = parsed && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  const groups = results ? [results.plans, results.conferences, results.conclusions, results.tasks, results.members] : [];
  const count = groups.reduce((sum, group) => sum + (group?.total ?? 0), 0);
  return (
    <>
      <PageHeader title={t.search.title}>{t.search.intro}</PageHeader>
      <form role="search" aria-label={t.search.title} action="/search" className="mb-6 flex flex-wrap items-start gap-2">
        <div>
          <label htmlFor="search-q" className="sr-only">{t.search.label}</label>
          <input
            id="search-q" name="q" type="search" defaultValue={q} maxLength={200} placeholder={t.search.placeholder}
            aria-invalid={error ? true : undefined} aria-describedby={error ? 'search-q-error' : undefined}
            className="w-72 max-w-full rounded-md border border-stone-300 px-3 py-2 text-sm sm:w-96"
          />
          {error ? <p id="search-q-error" className="mt-1 text-sm text-red-700">{t.errors[error as keyof typeof t.errors] ?? t.errors.invalidInput}</p> : null}
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t.search.submit}</button>
      </form>
      {results ? (
        <>
          <p className="mb-4 text-sm text-stone-700" role="status">
            {count === 0
              ? interpolate(t.search.noResults, { query: results.query })
              : interpolate(t.search.resultsFor, { query: results.query, count: formatNumber(count, locale) })}
          </p>
          <SearchResultGroups results={results} t={t} locale={locale} />
        </>
      ) : null}
    </>
  );
}
