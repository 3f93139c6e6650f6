'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { createMemberSchema, setMemberActiveSchema, transferMemberSchema, updateMemberSchema } from '@/lib/schemas/member.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { createMember } from '@/lib/server/members/create-member.ts';
import { setMemberActive } from '@/lib/server/members/set-member-active.ts';
import { transferMember } from '@/lib/server/members/transfer-member.ts';
import { updateMember } from '@/lib/server/members/update-member.ts';

export async function createMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'member.manage',
    schema: createMemberSchema,
    input: formValues(formData),
    run: (actor, data) => createMember({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/members/${result.value.id}?done=created`);
}

export async function updateMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'member.manage',
    schema: updateMemberSchema,
    input: formValues(formData),
    run: (actor, data) => updateMember({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/members/${result.value.id}?done=updated`);
}

export async function setMemberActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'member.deactivate',
    schema: setMemberActiveSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await setMemberActive({ actor, ...data })), active: data.active }),
  });
  if (!result.ok) return result.state;
  const done = result.value.active ? 'reactivated' : result.value.accountDeactivated ? 'deactivatedWithAccount' : 'deactivated';
  redirect(`/members/${result.value.id}?done=${done}`);
}

export async function transferMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'member.manage',
    schema: transferMemberSchema,
    input: formValues(formData),
    run: (actor, data) => transferMember({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/members/${result.value.id}?done=transferred`);
}
