'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import {
  createOrganizationSchema, mergeOrganizationSchema, moveOrganizationSchema, setOrganizationActiveSchema, updateOrganizationSchema,
} from '@/lib/schemas/organization.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { createOrganization } from '@/lib/server/organizations/create-organization.ts';
import { mergeOrganization } from '@/lib/server/organizations/merge-organization.ts';
import { moveOrganization } from '@/lib/server/organizations/move-organization.ts';
import { setOrganizationActive } from '@/lib/server/organizations/set-organization-active.ts';
import { updateOrganization } from '@/lib/server/organizations/update-organization.ts';

export async function createOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'organization.manage',
    schema: createOrganizationSchema,
    input: formValues(formData),
    run: (actor, data) => createOrganization({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/organisations/${result.value.id}?done=created`);
}

export async function updateOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'organization.manage',
    schema: updateOrganizationSchema,
    input: formValues(formData),
    run: (actor, data) => updateOrganization({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/organisations/${result.value.id}?done=saved`);
}

export async function moveOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'organization.manage',
    schema: moveOrganizationSchema,
    input: formValues(formData),
    run: (actor, data) => moveOrganization({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/organisations/${result.value.id}?done=moved`);
}

export async function setOrganizationActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'organization.manage',
    schema: setOrganizationActiveSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await setOrganizationActive({ actor, ...data })), active: data.active }),
  });
  if (!result.ok) return result.state;
  redirect(`/organisations/${result.value.id}?done=${result.value.active ? 'reactivated' : 'deactivated'}`);
}

export async function mergeOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'organization.manage',
    schema: mergeOrganizationSchema,
    input: formValues(formData),
    run: (actor, data) => mergeOrganization({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/organisations/${result.value.id}?done=merged`);
}
