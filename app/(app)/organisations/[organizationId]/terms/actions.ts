'use server';

import { redirect } from 'next/navigation';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import {
  addSeatSchema, correctSeatSchema, createCommitteeSchema, endSeatSchema, openTermSchema, renameCommitteeSchema, updateTermSchema,
} from '@/lib/schemas/committee.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { addSeat } from '@/lib/server/committees/add-seat.ts';
import { correctSeat } from '@/lib/server/committees/correct-seat.ts';
import { createCommittee } from '@/lib/server/committees/create-committee.ts';
import { endSeat } from '@/lib/server/committees/end-seat.ts';
import { openTerm } from '@/lib/server/committees/open-term.ts';
import { renameCommittee } from '@/lib/server/committees/rename-committee.ts';
import { updateTerm } from '@/lib/server/committees/update-term.ts';

// The admin's terms, committees and seats. Each success goes to the page of what changed with a
// `done` note; the path is built from what the use case returns, never from the form.
const termPath = (organizationId: string, termId: string) => `/organisations/${organizationId}/terms/${termId}`;
const committeePath = (value: { organizationId: string; termId: string }, committeeId: string) => `${termPath(value.organizationId, value.termId)}/committees/${committeeId}`;

export async function openTermAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'committee.manage',
    schema: openTermSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await openTerm({ actor, ...data })), organizationId: data.organizationId }),
  });
  if (!result.ok) return result.state;
  redirect(`${termPath(result.value.organizationId, result.value.id)}?done=opened`);
}

export async function updateTermAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({ permission: 'committee.manage', schema: updateTermSchema, input: formValues(formData), run: (actor, data) => updateTerm({ actor, ...data }) });
  if (!result.ok) return result.state;
  redirect(`${termPath(result.value.organizationId, result.value.id)}?done=saved`);
}

export async function createCommitteeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({ permission: 'committee.manage', schema: createCommitteeSchema, input: formValues(formData), run: (actor, data) => createCommittee({ actor, ...data }) });
  if (!result.ok) return result.state;
  redirect(`${committeePath(result.value, result.value.id)}?done=created`);
}

export async function renameCommitteeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({ permission: 'committee.manage', schema: renameCommitteeSchema, input: formValues(formData), run: (actor, data) => renameCommittee({ actor, ...data }) });
  if (!result.ok) return result.state;
  redirect(`${committeePath(result.value, result.value.id)}?done=renamed`);
}

export async function addSeatAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'committee.manage',
    schema: addSeatSchema,
    input: formValues(formData),
    run: async (actor, data) => ({ ...(await addSeat({ actor, ...data })), committeeId: data.committeeId }),
  });
  if (!result.ok) return result.state;
  redirect(`${committeePath(result.value, result.value.committeeId)}?done=added#seats`);
}

export async function endSeatAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({ permission: 'committee.manage', schema: endSeatSchema, input: formValues(formData), run: (actor, data) => endSeat({ actor, ...data }) });
  if (!result.ok) return result.state;
  redirect(`${committeePath(result.value, result.value.committeeId)}?done=ended#seats`);
}

export async function correctSeatAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({ permission: 'committee.manage', schema: correctSeatSchema, input: formValues(formData), run: (actor, data) => correctSeat({ actor, ...data }) });
  if (!result.ok) return result.state;
  redirect(`${committeePath(result.value, result.value.committeeId)}?done=corrected#seats`);
}
