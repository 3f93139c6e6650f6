import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { findAccounts } from '@/lib/server/accounts/find-accounts.ts';
import { isTopLevelAdmin } from '@/lib/server/audit/top-level-admin.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.accounts.title };
}

export default async function AccountsPage() {
  const actor = await requirePagePermission('account.read');
  const [{ t, locale }, accounts, topLevel] = await Promise.all([getMessages(), findAccounts({ actor }), isTopLevelAdmin(actor)]);
  return (
    <>
      <PageHeader title={t.accounts.title}>
        {can(actor.roles, 'account.manage') ? <Link href="/accounts/new" className="font-medium">{t.accounts.create}</Link> : null}
        {topLevel && can(actor.roles, 'security.manage') ? <> · <Link href="/accounts/security" className="font-medium">{t.secondFactor.policy.link}</Link></> : null}
      </PageHeader>
      {accounts.length === 0 ? <p>{t.accounts.empty}</p> : (
        <Table caption={t.accounts.title}>
          <thead>
            <tr><Th className="w-10">#</Th><Th>{t.accounts.fullName}</Th><Th>{t.accounts.username}</Th><Th>{t.accounts.roles}</Th><Th>{t.accounts.status}</Th><Th>{t.accounts.lastLogin}</Th></tr>
          </thead>
          <tbody>
            {accounts.map((account, index) => (
              <tr key={account.id} data-testid="account-row">
                <Td className="tabular-nums text-stone-600">{index + 1}</Td>
                <Td className="font-medium">
                  <Link href={`/accounts/${account.id}`}>{account.member.fullName}</Link>
                  <span className="block text-xs font-normal text-stone-600">{account.member.organization.shortName ?? account.member.organization.name}</span>
                </Td>
                <Td>{account.username}</Td>
                <Td>
                  <ul>
                    {account.roles.map((role, at) => (
                      <li key={at}>{interpolate(t.accounts.roleIn, { role: t.roles[role.role], organization: role.organization.shortName ?? role.organization.name })}</li>
                    ))}
                  </ul>
                </Td>
                <Td>
                  {account.deactivatedAt ? <Badge tone="bad">{t.accounts.inactive}</Badge> : <Badge tone="good">{t.accounts.active}</Badge>}
                  {account.mustChangePassword && !account.deactivatedAt ? <span className="block text-xs text-stone-600">{t.accounts.pendingPassword}</span> : null}
                </Td>
                <Td>{account.lastLoginAt ? `${formatTime(account.lastLoginAt, locale)} ${formatDate(account.lastLoginAt, locale)}` : t.accounts.never}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
