'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import {
  changeConferenceStatusSchema, createConferenceSchema, duplicateConferenceSchema, updateConferenceSchema,
} from '@/lib/schemas/conference.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { changeConferenceStatus } from '@/lib/server/conferences/change-conference-status.ts';
import { createConference } from '@/lib/server/conferences/create-conference.ts';
import { duplicateConference } from '@/lib/server/conferences/duplicate-conference.ts';
import { updateConference } from '@/lib/server/conferences/update-conference.ts';

/** The chairs are a repeated field, which runAction does not echo: keep them too on a refused form. */
function keepChairs(state: ActionState, formData: FormData): ActionState {
  if (state.status !== 'error') return state;
  return { ...state, values: { ...state.values, chairMemberIds: formData.getAll('chairMemberIds').filter((id) => id !== '').join(',') } };
}

export async function createConferenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conference.create',
    schema: createConferenceSchema,
    input: formValues(formData),
    run: (actor, data) => createConference({ actor, ...data }),
  });
  if (!result.ok) return keepChairs(result.state, formData);
  redirect(`/conferences/${result.value.id}`);
}

export async function updateConferenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conference.update',
    schema: updateConferenceSchema,
    input: formValues(formData),
    run: (actor, data) => updateConference({ actor, ...data }),
  });
  if (!result.ok) return keepChairs(result.state, formData);
  redirect(`/conferences/${result.value.id}`);
}

export async function changeConferenceStatusAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conference.changeStatus',
    schema: changeConferenceStatusSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await changeConferenceStatus({ actor, ...data })), to: data.to }),
  });
  if (!result.ok) return result.state;
  revalidatePath(`/conferences/${result.value.id}`, 'layout');
  return { status: 'success', message: interpolate(result.t.conferenceForm.statusChanged, { status: result.t.conferences.statuses[result.value.to] }) };
}

export async function duplicateConferenceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conference.duplicate',
    schema: duplicateConferenceSchema,
    input: formValues(formData),
    run: (actor, data) => duplicateConference({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  redirect(`/conferences/${result.value.id}/edit`);
}
