'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

export type AgendaAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface AgendaItemFormValues {
  startTime: string;
  title: string;
  presenterMemberId: string;
  presenterName: string;
  durationMinutes: string;
}

interface Props {
  action: AgendaAction;
  /** The hidden fields that say what is saved: the conference (new item) or the item and its version. */
  target: { conferenceId: string } | { agendaItemId: string; version: number };
  initial: AgendaItemFormValues;
  presenters: { id: string; label: string }[];
  text: Messages['agenda'];
  submitLabel: string;
  onSaved: (state: ActionState) => void;
  onCancel?: () => void;
}

/** Adds an item to the programme or edits one; the presenter is a member or a guest named in free text. */
export function AgendaItemForm({ action, target, initial, presenters, text, submitLabel, onSaved, onCancel }: Props) {
  const [state, formAction, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === 'success') onSaved(next);
    return next;
  }, IDLE);
  const values = { ...initial, ...(state.status === 'error' ? state.values : {}) };
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    // The key re-mounts the fields with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="space-y-4" noValidate>
      {state.status === 'error' ? <FormStatus state={state} /> : null}
      {Object.entries(target).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div className="grid gap-4 sm:grid-cols-[10rem_10rem]">
        <Field name="startTime" label={text.startTime} hint={text.startTimeHint} error={errors.startTime}>
          {(props) => <input {...props} type="time" step={60} defaultValue={values.startTime} />}
        </Field>
        <Field name="durationMinutes" label={text.duration} error={errors.durationMinutes}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={600} step={1} defaultValue={values.durationMinutes} />}
        </Field>
      </div>
      <Field name="title" label={text.itemTitle} error={errors.title}>
        {(props) => <textarea {...props} defaultValue={values.title} rows={2} required />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="presenterMemberId" label={text.presenterMember} error={errors.presenterMemberId}>
          {(props) => (
            <select {...props} defaultValue={values.presenterMemberId}>
              <option value="">{text.noPresenter}</option>
              {presenters.map((presenter) => <option key={presenter.id} value={presenter.id}>{presenter.label}</option>)}
            </select>
          )}
        </Field>
        <Field name="presenterName" label={text.presenterName} hint={text.presenterNameHint} error={errors.presenterName}>
          {(props) => <input {...props} defaultValue={values.presenterName} autoComplete="off" />}
        </Field>
      </div>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.saving : submitLabel}
        </button>
        {onCancel ? <button type="button" onClick={onCancel} className="rounded-md px-4 py-2 text-sm">{text.cancel}</button> : null}
      </div>
    </form>
  );
}
