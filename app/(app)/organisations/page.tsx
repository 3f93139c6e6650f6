import type { Metadata } from 'next';
import Link from 'next/link';
import { OrganizationTree } from '@/components/organization/organization-tree.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findOrganizationTree } from '@/lib/server/organizations/find-organization-tree.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.organizations.title };
}

export default async function OrganizationsPage() {
  const actor = await requirePagePermission('organization.read');
  const [{ t, locale }, rows] = await Promise.all([getMessages(), findOrganizationTree({ actor })]);
  const text = t.organizations;
  return (
    <>
      <PageHeader title={text.title}>
        <p>{text.intro}</p>
        {can(actor.roles, 'organization.manage') && rows.length > 0 ? <p className="mt-2"><Link href="/organisations/new" className="font-medium">{text.create}</Link></p> : null}
      </PageHeader>
      <Section title={text.treeLabel} id="organization-tree">
        {rows.length === 0 ? <p>{text.empty}</p> : (
          <OrganizationTree
            rows={rows.map((row) => ({ ...row, mergedOn: row.mergedAt ? formatCalendarDate(row.mergedAt, locale) : null }))}
            text={{ kinds: text.kinds, membersCount: text.membersCount, active: text.active, deactivated: text.deactivated, mergedIntoOn: text.mergedIntoOn }}
          />
        )}
      </Section>
    </>
  );
}
