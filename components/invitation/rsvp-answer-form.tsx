'use client';

import { useActionState, useState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

type Answer = 'ATTENDING' | 'DECLINED';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: Messages['rsvp'];
  inviteeId: string;
  version: number;
  answer: Answer | null;
  reason: string;
}

/** Attend, or absent with a reason; the reason field appears (and is required) only for an absence. */
export function RsvpAnswerForm({ action, text, inviteeId, version, answer: savedAnswer, reason: savedReason }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [answer, setAnswer] = useState<Answer | null>(savedAnswer);
  const [reason, setReason] = useState(savedReason);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const options: { value: Answer; label: string }[] = [
    { value: 'ATTENDING', label: text.attend },
    { value: 'DECLINED', label: text.decline },
  ];
  return (
    <form action={formAction} className="max-w-xl space-y-3" noValidate data-testid="rsvp-form">
      <FormStatus state={state} />
      <input type="hidden" name="inviteeId" value={inviteeId} />
      <input type="hidden" name="version" value={version} />
      <fieldset aria-describedby={errors.answer ? 'rsvp-answer-error' : undefined}>
        <legend className="text-sm font-medium text-stone-800">{text.question}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {options.map((option) => (
            <label key={option.value} className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
              <input type="radio" name="answer" value={option.value} checked={answer === option.value} onChange={() => setAnswer(option.value)} />
              {option.label}
            </label>
          ))}
        </div>
        {errors.answer ? <p id="rsvp-answer-error" className="mt-1 text-sm text-red-700">{errors.answer}</p> : null}
      </fieldset>
      {answer === 'DECLINED' ? (
        <Field name="reason" label={text.reason} hint={text.reasonHint} error={errors.reason}>
          {(props) => <textarea {...props} rows={2} required value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
      ) : null}
      <button type="submit" disabled={pending || answer === null} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.saving : text.save}
      </button>
    </form>
  );
}
