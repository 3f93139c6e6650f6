import type { Metadata } from 'next';
import { AccountForm } from '@/components/account/account-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { getMessages } from '@/lib/i18n/server.ts';
import { getAccountFormOptions } from '@/lib/server/accounts/get-account-form-options.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { createAccountAction } from '../actions.ts';
import { roleRowsText } from '../role-rows-text.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.accounts.createTitle };
}

export default async function NewAccountPage() {
  const actor = await requirePagePermission('account.manage');
  const [{ t }, options] = await Promise.all([getMessages(), getAccountFormOptions({ actor })]);
  return (
    <>
      <PageHeader title={t.accounts.createTitle} />
      {options.members.length === 0 ? <p className="mb-4">{t.accounts.noMembers}</p> : null}
      <AccountForm
        action={createAccountAction}
        members={options.members}
        organizations={options.organizations}
        text={{
          member: t.accounts.member, memberHint: t.accounts.memberHint, chooseMember: t.accounts.chooseMember,
          username: t.accounts.username, usernameHint: t.accounts.usernameHint,
          temporaryPassword: t.accounts.temporaryPassword, temporaryPasswordHint: t.accounts.temporaryPasswordHint,
          save: t.accounts.save, saving: t.accounts.saving, cancel: t.accounts.cancel,
          roleRows: roleRowsText(t),
          passwordSetup: t.passwordSetup,
        }}
      />
    </>
  );
}
