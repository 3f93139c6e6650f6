'use client';

import { useActionState } from 'react';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  conferenceId: string;
  text: Messages['conferenceForm'];
}

/** Starts a new conference from this one on a date the user picks; what is copied is said up front. */
export function DuplicateConferenceForm({ action, conferenceId, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    // The key re-mounts the date with what the user typed after a refusal (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="max-w-3xl space-y-3" noValidate>
      <p id="duplicate-hint" className="text-sm text-stone-700">{text.duplicateHint}</p>
      <FormStatus state={state} />
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <div className="flex flex-wrap items-end gap-3">
        {/* Not <Field>: the details form on the same page already has a field named "date". */}
        <div className="w-48">
          <label htmlFor="duplicate-date" className="block text-sm font-medium text-stone-800">{text.duplicateDate}</label>
          <input
            id="duplicate-date"
            name="date"
            type="date"
            required
            defaultValue={state.status === 'error' ? state.values?.date : undefined}
            aria-invalid={Boolean(errors.date)}
            aria-describedby={errors.date ? 'duplicate-date-error' : undefined}
            className={INPUT_CLASS}
          />
        </div>
        <button type="submit" disabled={pending} aria-describedby="duplicate-hint" className="rounded-md border border-brand-700 px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60">
          {pending ? text.duplicating : text.duplicateSubmit}
        </button>
      </div>
      {errors.date ? <p id="duplicate-date-error" className="text-sm text-red-700">{errors.date}</p> : null}
    </form>
  );
}
