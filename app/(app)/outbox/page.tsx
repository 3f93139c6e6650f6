import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { outboxFiltersSchema } from '@/lib/schemas/audit-filters.ts';
import { firstValues } from '@/lib/schemas/task-filters.ts';
import { NotFoundError } from '@/lib/server/errors.ts';
import { findOutbox } from '@/lib/server/outbox/find-outbox.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.outbox.title };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The outbox, read-only, for admins of a top-level organisation (anyone else gets the not-found page). */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('outbox.read');
  const { before } = outboxFiltersSchema.parse(firstValues(await searchParams));
  const [{ t, locale }, page] = await Promise.all([
    getMessages(),
    findOutbox({ actor, before }).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
  ]);
  return (
    <>
      <PageHeader title={t.outbox.title}>{t.outbox.intro}</PageHeader>
      {page.rows.length === 0 ? (
        <p>{t.outbox.empty}</p>
      ) : (
        <Table caption={t.outbox.caption} minWidth="min-w-[48rem]">
          <thead>
            <tr>
              <Th>{t.outbox.createdAt}</Th>
              <Th>{t.outbox.to}</Th>
              <Th>{t.outbox.subject}</Th>
              <Th>{t.outbox.status}</Th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((message) => (
              <tr key={message.id} data-testid="outbox-row">
                <Td className="whitespace-nowrap">{formatTime(message.createdAt, locale)} {formatDate(message.createdAt, locale)}</Td>
                <Td className="break-all">{message.toAddress}</Td>
                <Td>
                  <details>
                    <summary className="cursor-pointer">{message.subject}</summary>
                    <p className="sr-only">{t.outbox.body}</p>
                    <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-stone-50 p-2 font-sans text-xs text-stone-900">{message.body}</pre>
                  </details>
                </Td>
                <Td>{t.outbox.statuses[message.status]}{message.lastError ? <span className="block text-xs text-red-800">{message.lastError}</span> : null}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {before || page.olderThan ? (
        <nav aria-label={t.outbox.pagination} className="mt-4 flex gap-4 text-sm">
          {before ? <Link href="/outbox">{t.outbox.newest}</Link> : null}
          {page.olderThan ? <Link href={`/outbox?before=${page.olderThan}`} rel="next">{t.outbox.older}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
