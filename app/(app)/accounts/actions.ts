'use server';

import { redirect } from 'next/navigation';
import { changeAccountRolesSchema, createAccountSchema, setAccountActiveSchema } from '@/lib/schemas/account.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { formValues, runAction, withoutSecrets } from '@/lib/server/action-state.ts';
import { changeAccountRoles } from '@/lib/server/accounts/change-account-roles.ts';
import { createAccount } from '@/lib/server/accounts/create-account.ts';
import { setAccountActive } from '@/lib/server/accounts/set-account-active.ts';

export async function createAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'account.manage',
    schema: createAccountSchema,
    input: formValues(formData),
    run: (actor, data) => createAccount({ actor, ...data }),
  });
  if (!result.ok) return withoutSecrets(result.state, ['password']);
  redirect(`/accounts/${result.value.id}?done=created`);
}

export async function changeAccountRolesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'account.manage',
    schema: changeAccountRolesSchema,
    input: formValues(formData),
    run: (actor, data) => changeAccountRoles({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/accounts/${result.value.id}?done=roles`);
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
