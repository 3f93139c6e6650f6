import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findMembers } from '@/lib/server/members/find-members.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.members.title };
}

export default async function MembersPage() {
  const actor = await requirePagePermission('member.read');
  const [{ t }, members] = await Promise.all([getMessages(), findMembers({ actor })]);
  return (
    <>
      <PageHeader title={t.members.title}>
        {can(actor.roles, 'member.import') ? <Link href="/members/import" className="font-medium">{t.members.importLink}</Link> : null}
        {can(actor.roles, 'member.import') && can(actor.roles, 'member.export') ? ' · ' : null}
        {/* A plain download link: the route writes every member in scope, in this list's order. */}
        {can(actor.roles, 'member.export') ? <a href="/api/members/export" download className="font-medium">{t.members.exportLink}</a> : null}
      </PageHeader>
      {members.length === 0 ? <p>{t.members.empty}</p> : (
        <Table caption={t.members.title}>
          <thead>
            <tr><Th className="w-10">#</Th><Th>{t.members.fullName}</Th><Th>{t.members.position}</Th><Th>{t.members.organization}</Th><Th>{t.members.account}</Th></tr>
          </thead>
          <tbody>
            {members.map((member, index) => (
              <tr key={member.id} data-testid="member-row">
                <Td className="tabular-nums text-stone-600">{index + 1}</Td>
                <Td className="font-medium">{member.fullName}</Td>
                <Td>{member.title ?? ''}</Td>
                <Td>{member.organization.shortName ?? member.organization.name}</Td>
                <Td>{member.user?.username ?? ''}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
