'use server';

import { redirect } from 'next/navigation';
import { changeAccountRolesSchema, createAccountSchema, setAccountActiveSchema } from '@/lib/schemas/account.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { formValues, runAction, withoutSecrets } from '@/lib/server/action-state.ts';
import { changeAccountRoles } from '@/lib/server/accounts/change-account-roles.ts';
import { createAccount } from '@/lib/server/accounts/create-account.ts';
import { setAccountActive } from '@/lib/server/accounts/set-account-active.ts';
import { now } from '@/lib/clock.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { issuePasswordSetupLinkSchema, type SetupLinkState } from '@/lib/schemas/password-setup.ts';
import { requestAppUrl } from '@/lib/server/app-url.ts';
import { issuePasswordSetupLink } from '@/lib/server/password-setup/issue-password-setup-link.ts';
import type { IssuedSetupLink } from '@/lib/server/password-setup/issue-setup-token.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

export async function createAccountAction(_previous: SetupLinkState, formData: FormData): Promise<SetupLinkState> {
  const result = await runAction({
    permission: 'account.manage',
    schema: createAccountSchema,
    input: formValues(formData),
    run: async (actor, data) => createAccount({ actor, ...data, appUrl: data.passwordDelivery === 'link' ? await requestAppUrl() : undefined, now: now() }),
  });
  if (!result.ok) return withoutSecrets(result.state, ['password']);
  // With a set-password link the form stays to show it, once; with a temporary password, the account's page.
  if (result.value.link) return issuedState(result, result.value.link, `/accounts/${result.value.id}`);
  redirect(`/accounts/${result.value.id}?done=created`);
}

/** The link as the admin sees it once: where the message went, until when it works. */
function issuedState({ t, locale }: { t: Messages; locale: Locale }, link: IssuedSetupLink, accountHref?: string): SetupLinkState {
  const expiresAt = interpolate(t.passwordSetup.expiresAt, { time: formatTime(link.expiresAt, locale), date: formatDate(link.expiresAt, locale) });
  const sent = interpolate(link.emailed ? t.passwordSetup.issuedEmailed : t.passwordSetup.issuedOutboxOnly, { address: link.toAddress });
  return {
    status: 'issued', message: accountHref ? `${t.passwordSetup.createdLink} ${sent}` : sent,
    url: link.url, expiresAt, toAddress: link.toAddress, emailed: link.emailed, accountHref,
  };
}

export async function changeAccountRolesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'account.manage',
    schema: changeAccountRolesSchema,
    input: formValues(formData),
    run: (actor, data) => changeAccountRoles({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  // A temporary password another admin set was withdrawn: the page says to hand out a set-password link.
  redirect(`/accounts/${result.value.id}?done=${result.value.withdrawn.temporaryPassword || result.value.withdrawn.links > 0 ? 'rolesWithdrawn' : 'roles'}`);
}

export async function setAccountActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'account.manage',
    schema: setAccountActiveSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await setAccountActive({ actor, ...data })), active: data.active }),
  });
  if (!result.ok) return result.state;
  redirect(`/accounts/${result.value.id}?done=${result.value.active ? 'reactivated' : 'deactivated'}`);
}

/** "Tạo liên kết đặt mật khẩu": the link comes back once, to be shown and copied; it is never shown again. */
export async function issuePasswordSetupLinkAction(_previous: SetupLinkState, formData: FormData): Promise<SetupLinkState> {
  const result = await runAction({
    permission: 'account.manage',
    schema: issuePasswordSetupLinkSchema,
    input: formValues(formData),
    run: async (actor, data) => issuePasswordSetupLink({ actor, userId: data.userId, appUrl: await requestAppUrl(), now: now() }),
  });
  if (!result.ok) return result.state;
  return issuedState(result, result.value);
}
