import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { formatDate } from '@/lib/i18n/format.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findMembers } from '@/lib/server/members/find-members.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.members.title };
}

interface Props { searchParams: Promise<{ status?: string }> }

export default async function MembersPage({ searchParams }: Props) {
  const actor = await requirePagePermission('member.read');
  // Deactivated members are kept for their history and shown only on asking (?status=inactive).
  const status = (await searchParams).status === 'inactive' ? 'inactive' : 'active';
  const [{ t, locale }, members] = await Promise.all([getMessages(), findMembers({ actor, status })]);
  const text = t.memberRecords;
  const links = [
    can(actor.roles, 'member.manage') ? <Link key="new" href="/members/new" className="font-medium">{text.add}</Link> : null,
    can(actor.roles, 'member.import') ? <Link key="import" href="/members/import" className="font-medium">{t.members.importLink}</Link> : null,
    // A plain download link: the route writes every active member in scope, in this list's order.
    can(actor.roles, 'member.export') ? <a key="export" href="/api/members/export" download className="font-medium">{t.members.exportLink}</a> : null,
  ].filter(Boolean);
  return (
    <>
      <PageHeader title={t.members.title}>
        {links.flatMap((link, index) => (index === 0 ? [link] : [' · ', link]))}
      </PageHeader>
      <nav aria-label={text.filterLabel} className="mb-4 flex gap-2 text-sm">
        {(['active', 'inactive'] as const).map((option) => (
          <Link
            key={option}
            href={option === 'active' ? '/members' : '/members?status=inactive'}
            aria-current={status === option ? 'page' : undefined}
            className={`rounded-md border px-3 py-1.5 no-underline ${status === option ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 text-stone-800'}`}
          >
            {option === 'active' ? text.showActive : text.showInactive}
          </Link>
        ))}
      </nav>
      {members.length === 0 ? <p>{status === 'inactive' ? text.inactiveEmpty : t.members.empty}</p> : (
        <Table caption={status === 'inactive' ? text.inactiveCaption : t.members.title}>
          <thead>
            <tr>
              <Th className="w-10">#</Th><Th>{t.members.fullName}</Th><Th>{t.members.position}</Th><Th>{t.members.organization}</Th>
              {status === 'inactive' ? <Th>{text.deactivatedOn}</Th> : <Th>{t.members.account}</Th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member, index) => (
              <tr key={member.id} data-testid="member-row">
                <Td className="tabular-nums text-stone-600">{index + 1}</Td>
                <Td className="font-medium"><Link href={`/members/${member.id}`}>{member.fullName}</Link></Td>
                <Td>{member.title ?? ''}</Td>
                <Td>{member.organization.shortName ?? member.organization.name}</Td>
                {status === 'inactive'
                  ? <Td className="tabular-nums">{member.deactivatedAt ? formatDate(member.deactivatedAt, locale) : ''}</Td>
                  : <Td>{member.user?.username ?? ''}</Td>}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
