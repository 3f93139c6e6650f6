'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { IDLE } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  resultId: string;
  version: number;
  text: { remove: string; removeLabel: string; removeConfirm: string; removeSubmit: string };
}

/**
 * Removing a result takes two steps. The confirmation is a native disclosure (<details>), so it works
 * before the page's script has loaded; a refusal (stale, not allowed) is shown inside it.
 */
export function RemoveResultForm({ action, resultId, version, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <details className="group" open={state.status === 'error' || undefined}>
      <summary aria-label={text.removeLabel} className="inline-block cursor-pointer list-none rounded-md [&::-webkit-details-marker]:hidden border border-stone-300 bg-white px-2 py-1 text-xs text-red-800 hover:border-red-700">
        {text.remove}
      </summary>
      <form action={formAction} className="mt-2 space-y-2 rounded-md border border-red-200 bg-red-50 p-2">
        <input type="hidden" name="resultId" value={resultId} />
        <input type="hidden" name="version" value={version} />
        <p className="text-xs text-red-900">{text.removeConfirm}</p>
        {state.status === 'error' ? <p role="alert" className="text-xs font-medium text-red-800">{state.message}</p> : null}
        <button type="submit" disabled={pending} className="rounded-md bg-red-800 px-2 py-1 text-xs font-medium text-white hover:bg-red-900 disabled:opacity-60">{text.removeSubmit}</button>
      </form>
    </details>
  );
}
