'use server';

import { revalidatePath } from 'next/cache';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import {
  addConclusionSchema, moveConclusionSchema, publishConclusionsSchema, removeConclusionSchema, updateConclusionSchema,
} from '@/lib/schemas/conclusion.ts';
import { saveMinutesSchema } from '@/lib/schemas/minutes.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { addConclusion } from '@/lib/server/conclusions/add-conclusion.ts';
import { moveConclusion } from '@/lib/server/conclusions/move-conclusion.ts';
import { publishConclusions } from '@/lib/server/conclusions/publish-conclusions.ts';
import { removeConclusion } from '@/lib/server/conclusions/remove-conclusion.ts';
import { updateConclusion } from '@/lib/server/conclusions/update-conclusion.ts';
import { saveMinutes } from '@/lib/server/minutes/save-minutes.ts';

/** The conference page and its work pages all show minutes or conclusions. */
function refresh(conferenceId: string): void {
  revalidatePath(`/conferences/${conferenceId}`, 'layout');
}

export async function saveMinutesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'minutes.write',
    schema: saveMinutesSchema,
    input: formValues(formData),
    run: async (actor, data) => (await saveMinutes({ actor, ...data }), data.conferenceId),
  });
  if (!result.ok) return result.state;
  refresh(result.value);
  return { status: 'success', message: result.t.minutesForm.saved };
}

export async function addConclusionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conclusion.edit',
    schema: addConclusionSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await addConclusion({ actor, ...data })), conferenceId: data.conferenceId }),
  });
  if (!result.ok) return result.state;
  refresh(result.value.conferenceId);
  return { status: 'success', message: interpolate(result.t.conclusionsForm.added, { number: result.value.number }) };
}

export async function updateConclusionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conclusion.edit',
    schema: updateConclusionSchema,
    input: formValues(formData),
    run: (actor, data) => updateConclusion({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  const { conferenceId, number, revision } = result.value;
  refresh(conferenceId);
  const text = result.t.conclusionsForm;
  if (revision) return { status: 'success', message: interpolate(text.revised, { revision, number }) };
  return { status: 'success', message: interpolate(text.saved, { number }) };
}

export async function removeConclusionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conclusion.edit',
    schema: removeConclusionSchema,
    input: formValues(formData),
    run: (actor, data) => removeConclusion({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh(result.value.conferenceId);
  return { status: 'success', message: result.t.conclusionsForm.removed };
}

export async function moveConclusionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conclusion.edit',
    schema: moveConclusionSchema,
    input: formValues(formData),
    run: (actor, data) => moveConclusion({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh(result.value.conferenceId);
  return { status: 'success', message: interpolate(result.t.conclusionsForm.moved, { number: result.value.number }) };
}

export async function publishConclusionsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'conclusion.publish',
    schema: publishConclusionsSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await publishConclusions({ actor, ...data })), conferenceId: data.conferenceId }),
  });
  if (!result.ok) return result.state;
  refresh(result.value.conferenceId);
  return { status: 'success', message: interpolate(result.t.conclusionsForm.publishDone, { count: result.value.published }) };
}
