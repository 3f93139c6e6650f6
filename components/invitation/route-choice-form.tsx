'use client';

import { useActionState, useState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

export interface RouteChoice {
  id: string;
  label: string;
  /** Already invited this way: shown for context, not choosable. */
  disabled: boolean;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  kind: 'COMMITTEE' | 'CELL_COMMITTEES';
  field: 'committeeId' | 'organizationId';
  conferenceId: string;
  label: string;
  hint: string;
  submit: string;
  sending: string;
  empty: string;
  choices: RouteChoice[];
}

/** A route chosen from one list: a whole committee, or the cell committees under an organisation. */
export function RouteChoiceForm({ action, kind, field, conferenceId, label, hint, submit, sending, empty, choices }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const firstOpen = choices.find((choice) => !choice.disabled)?.id ?? '';
  const [value, setValue] = useState(firstOpen);
  // After a successful invitation the chosen entry becomes disabled: move on to the next open one.
  const current = choices.some((choice) => choice.id === value && !choice.disabled) ? value : firstOpen;
  const id = `invite-${kind}-${field}`;
  const error = state.status === 'error' ? state.fieldErrors[field] : undefined;
  if (choices.length === 0) return <p className="text-sm text-stone-600">{empty}</p>;
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid={`invite-${kind.toLowerCase()}`}>
      <FormStatus state={state} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-stone-800">{label}</label>
        <select
          id={id}
          name={field}
          value={current}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          aria-invalid={Boolean(error)}
          className={INPUT_CLASS}
        >
          {choices.map((choice) => <option key={choice.id} value={choice.id} disabled={choice.disabled}>{choice.label}</option>)}
        </select>
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">{hint}</p>
        {error ? <p id={`${id}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
      </div>
      <button type="submit" disabled={pending || !current} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? sending : submit}
      </button>
    </form>
  );
}
