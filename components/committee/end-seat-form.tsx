'use client';

import { useActionState } from 'react';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  seatId: string;
  version: number;
  /** "Last day of Nguyễn Văn Hùng": the date's label, read by screen readers. */
  label: string;
  submit: string;
  saving: string;
  initial: string;
}

/** In a seat's row: the last day of a held seat and one button. The message shows under it. */
export function EndSeatForm({ action, seatId, version, label, submit, saving, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const id = `end-seat-${seatId}`;
  const message = state.status === 'error' ? (state.fieldErrors.endDate ?? state.message) : null;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="seatId" value={seatId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor={id} className="sr-only">{label}</label>
        <input id={id} name="endDate" type="date" defaultValue={initial} required aria-invalid={Boolean(message)} aria-describedby={message ? `${id}-error` : undefined} className={`${INPUT_CLASS} mt-0 w-auto py-1`} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md border border-stone-400 px-2 py-1 text-sm hover:bg-stone-50 disabled:opacity-60">
        {pending ? saving : submit}
      </button>
      {message ? <p id={`${id}-error`} role="alert" className="basis-full text-sm text-red-700">{message}</p> : null}
    </form>
  );
}
