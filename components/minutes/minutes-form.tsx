'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import type { MinutesSection } from '@/lib/schemas/minutes.ts';

// The order in which a Party conference record is read out (lib/schemas/minutes.ts MINUTES_SECTIONS;
// repeated here so the client bundle does not carry zod).
const SECTIONS: readonly MinutesSection[] = ['opening', 'reports', 'discussion', 'closing'];
const ROWS: Record<MinutesSection, number> = { opening: 5, reports: 6, discussion: 12, closing: 6 };

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  conferenceId: string;
  /** The version the minutes were loaded at; 0 when there are none yet. */
  version: number;
  initial: Record<MinutesSection, string>;
  /** False when the conference's stage does not allow writing: the text is shown, not editable. */
  editable: boolean;
  text: Messages['minutesForm'];
}

/** The minutes in their four sections, plain text with line breaks kept. */
export function MinutesForm({ action, conferenceId, version, initial, editable, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = { ...initial, ...(state.status === 'error' ? state.values : {}) };
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    // The key re-mounts the fields with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : `v${version}`} className="max-w-4xl space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <input type="hidden" name="version" value={version} />
      <fieldset disabled={!editable} className="space-y-4">
        {SECTIONS.map((section) => (
          <Field key={section} name={section} label={text.sections[section]} hint={text.hints[section]} error={errors[section]}>
            {(props) => <textarea {...props} defaultValue={values[section]} rows={ROWS[section]} readOnly={!editable} />}
          </Field>
        ))}
        {editable ? (
          <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
            {pending ? text.saving : text.save}
          </button>
        ) : null}
      </fieldset>
    </form>
  );
}
