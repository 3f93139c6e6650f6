import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountRolesForm } from '@/components/account/account-roles-form.tsx';
import { AccountStatusForm } from '@/components/account/account-status-form.tsx';
import { SecondFactorResetForm } from '@/components/account/second-factor-reset-form.tsx';
import { PasswordSetupLinkForm } from '@/components/account/password-setup-link-form.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getAccount } from '@/lib/server/accounts/get-account.ts';
import { getAccountFormOptions } from '@/lib/server/accounts/get-account-form-options.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { getAccountSecondFactor } from '@/lib/server/second-factor/get-account-second-factor.ts';
import { changeAccountRolesAction, issuePasswordSetupLinkAction, setAccountActiveAction } from '../actions.ts';
import { roleRowsText } from '../role-rows-text.ts';
import { resetSecondFactorAction } from '../security/actions.ts';

interface Props { params: Promise<{ userId: string }>; searchParams: Promise<{ done?: string }> }

const load = loadOncePerRequest(async ({ userId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('account.read');
  return { actor, account: await loadOrNotFound(userId, (id) => getAccount({ actor, userId: id })) };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { account } = await load(props);
  return { title: account.member.fullName };
}

export default async function AccountPage(props: Props) {
  const [{ actor, account }, { t, locale }, { done }] = await Promise.all([load(props), getMessages(), props.searchParams]);
  const manage = can(actor.roles, 'account.manage') && !account.isSelf;
  const options = manage ? await getAccountFormOptions({ actor }) : null;
  const doneMessage = ({ created: t.accounts.created, roles: t.accounts.rolesSaved, rolesWithdrawn: t.accounts.rolesSavedWithdrawn, deactivated: t.accounts.deactivated, reactivated: t.accounts.reactivated } as Record<string, string>)[done ?? ''];
  const otherRoles = account.roles.filter((role) => !role.editable);
  // An account with a role beyond this admin's organisations is locked, reset or sent a link by an admin above.
  const beyondScope = otherRoles.length > 0;
  const secondFactor = await getAccountSecondFactor({ actor, userId: account.id });
  return (
    <>
      <PageHeader title={account.member.fullName} eyebrow={<Link href="/accounts">{t.accounts.back}</Link>} />
      {doneMessage ? <p role="status" data-testid="form-status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{doneMessage}</p> : null}
      <Section title={t.accounts.title} id="account">
        <DetailsList
          items={[
            { label: t.accounts.username, value: <span data-testid="account-username">{account.username}</span> },
            { label: t.members.organization, value: account.member.organization.name },
            { label: t.accounts.roles, value: account.roles.map((role) => interpolate(t.accounts.roleIn, { role: t.roles[role.role], organization: role.organization.name })).join('; ') || t.common.none },
            { label: t.accounts.status, value: <span data-testid="account-status">{account.deactivatedAt ? t.accounts.inactive : account.mustChangePassword ? `${t.accounts.active} · ${t.accounts.pendingPassword}` : t.accounts.active}</span> },
            { label: t.accounts.lastLogin, value: account.lastLoginAt ? `${formatTime(account.lastLoginAt, locale)} ${formatDate(account.lastLoginAt, locale)}` : t.accounts.never },
          ]}
        />
      </Section>
      {account.isSelf ? <p className="mt-4 text-sm text-stone-700">{t.accounts.yourself}</p> : null}
      {manage && options ? (
        <>
          <Section title={t.accounts.roles} id="account-roles">
            {otherRoles.length > 0 ? (
              <p className="mb-3 text-sm text-stone-700">{interpolate(t.accounts.otherRoles, { roles: otherRoles.map((role) => interpolate(t.accounts.roleIn, { role: t.roles[role.role], organization: role.organization.name })).join('; ') })}</p>
            ) : null}
            <AccountRolesForm
              action={changeAccountRolesAction}
              userId={account.id}
              version={account.version}
              organizations={options.organizations}
              initial={account.roles.filter((role) => role.editable).map((role) => ({ role: role.role, organizationId: role.organizationId }))}
              text={{ save: t.accounts.save, saving: t.accounts.saving, roleRows: roleRowsText(t) }}
            />
          </Section>
          <Section title={t.accounts.status} id="account-status">
            {beyondScope ? (
              <p className="text-sm text-stone-700">{t.errors['account.beyondScope']}</p>
            ) : (
              <AccountStatusForm
                action={setAccountActiveAction}
                userId={account.id}
                version={account.version}
                activate={Boolean(account.deactivatedAt)}
                label={account.deactivatedAt ? t.accounts.reactivate : t.accounts.deactivate}
                hint={t.accounts.deactivateHint}
              />
            )}
          </Section>
          {account.deactivatedAt || beyondScope ? null : (
            <Section title={t.passwordSetup.sectionTitle} id="password-setup">
              <PasswordSetupLinkForm action={issuePasswordSetupLinkAction} userId={account.id} text={t.passwordSetup} />
            </Section>
          )}
        </>
      ) : null}
      <Section title={t.secondFactor.title} id="account-second-factor">
        <p data-testid="account-second-factor" className="mb-2 text-sm">
          {secondFactor.enabledAt ? interpolate(t.secondFactor.reset.on, { date: formatDate(secondFactor.enabledAt, locale), count: secondFactor.unusedRecoveryCodes }) : t.secondFactor.statusOff}
        </p>
        {manage && !beyondScope && secondFactor.enabledAt ? <SecondFactorResetForm action={resetSecondFactorAction} userId={account.id} version={account.version} text={t.secondFactor.reset} /> : null}
      </Section>
    </>
  );
}
