'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  conferenceId: string;
  text: Messages['conclusionsForm'];
}

/** Adds a draft conclusion at the end of the list; the field empties for the next one. */
export function AddConclusionForm({ action, conferenceId, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const content = state.status === 'error' ? (state.values?.content ?? '') : '';
  return (
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="space-y-3 rounded-md border border-stone-200 p-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <Field name="content" label={text.newContent} error={errors.content}>
        {(props) => <textarea {...props} defaultValue={content} rows={4} required />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.adding : text.add}
      </button>
    </form>
  );
}
