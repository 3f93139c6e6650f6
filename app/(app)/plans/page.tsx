import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findPlans } from '@/lib/server/plans/find-plans.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.plans.title };
}

export default async function PlansPage() {
  const actor = await requirePagePermission('plan.read');
  const [{ t, locale }, plans] = await Promise.all([getMessages(), findPlans({ actor })]);
  return (
    <>
      <PageHeader title={t.plans.title} />
      {plans.length === 0 ? (
        <p>{t.plans.empty}</p>
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
