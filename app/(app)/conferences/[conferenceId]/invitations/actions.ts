'use server';

import { refresh } from 'next/cache';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { addInvitationSchema, answerInvitationSchema, removeInvitationSchema } from '@/lib/schemas/invitation.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { addInvitation } from '@/lib/server/invitations/add-invitation.ts';
import { answerInvitation } from '@/lib/server/invitations/answer-invitation.ts';
import { removeInvitation } from '@/lib/server/invitations/remove-invitation.ts';

export async function addInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'invitation.manage',
    schema: addInvitationSchema,
    input: formValues(formData),
    run: (actor, data) => addInvitation({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh();
  return { status: 'success', message: interpolate(result.t.invitations.added, { ...result.value }) };
}

export async function removeInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'invitation.manage',
    schema: removeInvitationSchema,
    input: formValues(formData),
    run: (actor, data) => removeInvitation({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh();
  return { status: 'success', message: interpolate(result.t.invitations.removed, { ...result.value }) };
}

/** Used from the conference page by the invitee themself. */
export async function answerInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'invitation.answer',
    schema: answerInvitationSchema,
    input: formValues(formData),
    run: (actor, data) => answerInvitation({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh();
  return { status: 'success', message: result.t.rsvp.saved };
}
