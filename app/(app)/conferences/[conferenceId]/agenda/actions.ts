'use server';

import { revalidatePath } from 'next/cache';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { addAgendaItemSchema, moveAgendaItemSchema, removeAgendaItemSchema, updateAgendaItemSchema } from '@/lib/schemas/agenda.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { addAgendaItem } from '@/lib/server/agenda/add-agenda-item.ts';
import { moveAgendaItem } from '@/lib/server/agenda/move-agenda-item.ts';
import { removeAgendaItem } from '@/lib/server/agenda/remove-agenda-item.ts';
import { updateAgendaItem } from '@/lib/server/agenda/update-agenda-item.ts';

/** The agenda editor and the conference page both show the programme. */
function refresh(conferenceId: string): void {
  revalidatePath(`/conferences/${conferenceId}/agenda`);
  revalidatePath(`/conferences/${conferenceId}`);
}

export async function addAgendaItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'agenda.edit',
    schema: addAgendaItemSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await addAgendaItem({ actor, ...data })), conferenceId: data.conferenceId, title: data.title }),
  });
  if (!result.ok) return result.state;
  refresh(result.value.conferenceId);
  return { status: 'success', message: interpolate(result.t.agenda.added, { title: result.value.title }) };
}

export async function updateAgendaItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'agenda.edit',
    schema: updateAgendaItemSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await updateAgendaItem({ actor, ...data })), title: data.title }),
  });
  if (!result.ok) return result.state;
  refresh(result.value.conferenceId);
  return { status: 'success', message: interpolate(result.t.agenda.updated, { title: result.value.title }) };
}

export async function removeAgendaItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'agenda.edit',
    schema: removeAgendaItemSchema,
    input: formValues(formData),
    run: (actor, data) => removeAgendaItem({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh(result.value.conferenceId);
  return { status: 'success', message: result.t.agenda.removed };
}

export async function moveAgendaItemAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'agenda.edit',
    schema: moveAgendaItemSchema,
    input: formValues(formData),
    run: (actor, data) => moveAgendaItem({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh(result.value.conferenceId);
  return { status: 'success', message: interpolate(result.t.agenda.moved, { position: result.value.position }) };
}
