'use client';

import { useActionState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { ConferenceStatus } from '@/lib/db/generated/prisma/enums.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  conferenceId: string;
  /** The version the page was rendered with: a step taken by someone else meanwhile is refused. */
  version: number;
  status: ConferenceStatus;
  /** What may come next (lib/domain/conference-status.ts nextStatuses); empty once closed. */
  next: Exclude<ConferenceStatus, 'DRAFT'>[];
  text: Messages['conferenceForm'];
  statuses: Messages['conferences']['statuses'];
}

/** The conference's stage and the button for its next step, each explained before it is pressed. */
export function StatusActions({ action, conferenceId, version, status, next, text, statuses }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);

  // Closing cannot be undone: ask once more.
  function confirmClosing(event: FormEvent<HTMLFormElement>) {
    const to = new FormData(event.currentTarget).get('to');
    if (to === 'CLOSED' && !window.confirm(text.confirmClose)) event.preventDefault();
  }

  return (
    <div className="space-y-3">
      <p className="text-sm">
        {text.currentStatus} <Badge tone="info">{statuses[status]}</Badge>
      </p>
      <FormStatus state={state} />
      {next.length === 0 ? <p className="text-sm text-stone-700">{text.noNextStatus}</p> : null}
      {next.map((to) => (
        <form key={to} action={formAction} onSubmit={confirmClosing} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="conferenceId" value={conferenceId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="to" value={to} />
          <button
            type="submit"
            disabled={pending}
            aria-describedby={`status-hint-${to}`}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {pending ? text.statusChanging : text.statusActions[to]}
          </button>
          <p id={`status-hint-${to}`} className="text-sm text-stone-700">{text.statusHints[to]}</p>
        </form>
      ))}
    </div>
  );
}
