'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  conferenceId: string;
  /** "id:version" of each draft on the page (lib/schemas/conclusion.ts shownDraftsValue). */
  shownDrafts: string;
  draftCount: number;
  text: Messages['conclusionsForm'];
  /** Told on success: the form disappears once nothing is left to publish, so the page announces it. */
  onPublished: (state: ActionState) => void;
}

/** Publishing is official and final, so it asks for an explicit tick that the drafts were re-read. */
export function PublishConclusionsForm({ action, conferenceId, shownDrafts, draftCount, text, onPublished }: Props) {
  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === 'success') onPublished(next);
    return next;
  }, IDLE);
  const confirmError = state.status === 'error' ? state.fieldErrors.confirm : undefined;
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-brand-100 bg-brand-50 p-4" noValidate>
      {state.status === 'error' && !confirmError ? <FormStatus state={state} /> : null}
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <input type="hidden" name="shownDrafts" value={shownDrafts} />
      <p className="text-sm text-stone-800">{interpolate(text.publishHint, { count: draftCount })}</p>
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" required aria-invalid={Boolean(confirmError)} aria-describedby={confirmError ? 'publish-confirm-error' : undefined} className="mt-0.5" />
          <span>{text.publishConfirm}</span>
        </label>
        {confirmError ? <p id="publish-confirm-error" className="mt-1 text-sm text-red-700">{confirmError}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.publishing : text.publish}
      </button>
    </form>
  );
}
