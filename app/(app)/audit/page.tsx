import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuditFiltersForm } from '@/components/audit/audit-filters-form.tsx';
import { AuditTable } from '@/components/audit/audit-table.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { getMessages } from '@/lib/i18n/server.ts';
import { auditFilterQuery, auditFiltersSchema } from '@/lib/schemas/audit-filters.ts';
import { firstValues } from '@/lib/schemas/task-filters.ts';
import { findAuditLog } from '@/lib/server/audit/find-audit-log.ts';
import { NotFoundError } from '@/lib/server/errors.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.audit.title };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The audit log for admins of a top-level organisation (anyone else gets the not-found page). Read-only. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('audit.read');
  const filters = auditFiltersSchema.parse(firstValues(await searchParams));
  const [{ t, locale }, page] = await Promise.all([
    getMessages(),
    findAuditLog({ actor, filters }).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
  ]);
  const href = (cursor: Record<string, string>) => {
    const query = auditFilterQuery(filters, cursor);
    return query ? `/audit?${query}` : '/audit';
  };
  const paged = filters.before || filters.after;
  return (
    <>
      <PageHeader title={t.audit.title}>{t.audit.intro}</PageHeader>
      <AuditFiltersForm filters={filters} t={t} />
      {page.rows.length === 0 ? <p>{t.audit.empty}</p> : <AuditTable rows={page.rows} t={t} locale={locale} />}
      {paged || page.olderThan ? (
        <nav aria-label={t.audit.pagination} className="mt-4 flex flex-wrap items-center gap-4 text-sm">
          {paged ? <Link href={href({})}>{t.audit.newest}</Link> : null}
          {page.newerThan ? <Link href={href({ after: page.newerThan })} rel="prev">{t.audit.newer}</Link> : null}
          {page.olderThan ? <Link href={href({ before: page.olderThan })} rel="next">{t.audit.older}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
