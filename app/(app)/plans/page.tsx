import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/auth/permissions.ts';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findPlans } from '@/lib/server/plans/find-plans.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.plans.title };
}

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requirePagePermission('plan.read');
  const { q } = await searchParams;
  const query = typeof q === 'string' ? q.slice(0, 200) : undefined;
  const [{ t, locale }, plans] = await Promise.all([getMessages(), findPlans({ actor, query })]);
  return (
    <>
      <PageHeader title={t.plans.title} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form role="search" className="flex gap-2" action="/plans">
          <label htmlFor="plan-search" className="sr-only">{t.plans.search}</label>
          <input id="plan-search" name="q" type="search" defaultValue={query} placeholder={t.plans.searchPlaceholder} className="rounded-md border border-stone-300 px-3 py-2 text-sm" />
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">{t.plans.searchSubmit}</button>
        </form>
        {can(actor.roles, 'plan.create') ? (
          <Link href="/plans/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-800">{t.plans.create}</Link>
        ) : null}
      </div>
      {plans.length === 0 ? (
        <p>{query ? t.plans.noMatch : t.plans.empty}</p>
      ) : (
        <Table caption={t.plans.title}>
          <thead>
            <tr>
              <Th>{t.plans.officialNumber}</Th>
              <Th>{t.plans.issuedOn}</Th>
              <Th>{t.plans.planTitle}</Th>
              <Th>{t.plans.issuer}</Th>
              <Th className="text-right">{t.plans.conferenceCount}</Th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id}>
                <Td className="whitespace-nowrap font-medium"><Link href={`/plans/${plan.id}`}>{plan.officialNumber}</Link></Td>
                <Td className="whitespace-nowrap">{formatCalendarDate(plan.issuedOn, locale)}</Td>
                <Td>{plan.title}</Td>
                <Td>{plan.issuer.shortName ?? plan.issuer.name}</Td>
                <Td className="text-right">{plan._count.conferences}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
