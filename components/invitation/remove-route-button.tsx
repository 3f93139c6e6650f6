'use client';

import { useActionState, useState } from 'react';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: Messages['invitations'];
  conferenceId: string;
  invitationId: string;
  label: string;
}

/** Removing a route takes two steps: it may take people (and their answers) off the list. */
export function RemoveRouteButton({ action, text, conferenceId, invitationId, label }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} aria-label={interpolate(text.removeRoute, { label })} className="rounded-md border border-stone-300 px-2 py-1 text-sm text-red-800 hover:border-red-700">
        {text.remove}
      </button>
    );
  }
  return (
    <form action={formAction} className="max-w-md space-y-2 rounded-md border border-red-200 bg-red-50 p-2" data-testid="remove-route-confirm">
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <p className="text-sm text-red-900">{interpolate(text.removeConfirm, { label })}</p>
      {state.status === 'error' ? <p role="alert" className="text-sm font-medium text-red-800">{state.message}</p> : null}
      <div className="flex gap-2">
        {/* Focus lands on the safe choice, as in a confirmation dialog. */}
        <button type="button" autoFocus onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">{text.removeNo}</button>
        <button type="submit" disabled={pending} className="rounded-md bg-red-800 px-2 py-1 text-sm font-medium text-white hover:bg-red-900 disabled:opacity-60">
          {pending ? text.removing : text.removeYes}
        </button>
      </div>
    </form>
  );
}
