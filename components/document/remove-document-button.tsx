'use client';

import { useActionState, useState } from 'react';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  documentId: string;
  title: string;
  text: Messages['documents'];
}

/** Removing a document takes two steps: the file is gone for everyone once confirmed. */
export function RemoveDocumentButton({ action, documentId, title, text }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} aria-label={interpolate(text.removeLabel, { title })} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-xs text-red-800 hover:border-red-700">
        {text.remove}
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-2">
      <input type="hidden" name="documentId" value={documentId} />
      <p className="text-xs text-red-900">{interpolate(text.removeConfirm, { title })}</p>
      {state.status === 'error' ? <p role="alert" className="text-xs font-medium text-red-800">{state.message}</p> : null}
      <div className="flex gap-2">
        {/* Focus lands on the safe choice, as in a confirmation dialog. */}
        <button type="button" autoFocus onClick={() => setConfirming(false)} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-xs">{text.cancel}</button>
        <button type="submit" disabled={pending} className="rounded-md bg-red-800 px-2 py-1 text-xs font-medium text-white hover:bg-red-900 disabled:opacity-60">{text.remove}</button>
      </div>
    </form>
  );
}
