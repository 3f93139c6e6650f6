'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

export interface MemberFormText {
  fullName: string;
  fullNameHint: string;
  organization: string;
  organizationHint: string;
  chooseUnit: string;
  title: string;
  email: string;
  phone: string;
  phoneHint: string;
  partyMember: string;
  partyMemberYes: string;
  partyMemberNo: string;
  save: string;
  saving: string;
  cancel: string;
}

export interface MemberFormValues {
  fullName: string;
  organizationId?: string;
  title: string;
  email: string;
  phone: string;
  isPartyMember: 'yes' | 'no';
  memberId?: string;
  version?: string;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: MemberFormText;
  /** The units to choose from when creating; absent when editing (the unit changes by a transfer). */
  units?: { id: string; name: string }[];
  initial: MemberFormValues;
  cancelHref: string;
}

/** One person's details: the form to add a member and to edit one. */
export function MemberForm({ action, text, units, initial, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values: Record<string, string | undefined> = { ...initial, ...(state.status === 'error' ? state.values : {}) };
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const partyError = errors.isPartyMember;
  return (
    // The key re-mounts the fields with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      {values.memberId ? <input type="hidden" name="memberId" value={values.memberId} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <Field name="fullName" label={text.fullName} hint={text.fullNameHint} error={errors.fullName}>
        {(props) => <input {...props} defaultValue={values.fullName} required maxLength={200} autoComplete="off" />}
      </Field>
      {units ? (
        <Field name="organizationId" label={text.organization} hint={text.organizationHint} error={errors.organizationId}>
          {(props) => (
            <select {...props} defaultValue={values.organizationId ?? ''} required>
              <option value="">{text.chooseUnit}</option>
              {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
            </select>
          )}
        </Field>
      ) : null}
      <Field name="title" label={text.title} error={errors.title}>
        {(props) => <input {...props} defaultValue={values.title} maxLength={200} autoComplete="off" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="email" label={text.email} error={errors.email}>
          {(props) => <input {...props} type="email" defaultValue={values.email} maxLength={254} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field name="phone" label={text.phone} hint={text.phoneHint} error={errors.phone}>
          {(props) => <input {...props} type="tel" defaultValue={values.phone} maxLength={30} autoComplete="off" />}
        </Field>
      </div>
      <fieldset aria-describedby={partyError ? 'field-isPartyMember-error' : undefined}>
        <legend className="text-sm font-medium text-stone-800">{text.partyMember}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {(['yes', 'no'] as const).map((choice) => (
            <label key={choice} className="inline-flex items-center gap-2">
              <input type="radio" name="isPartyMember" value={choice} defaultChecked={values.isPartyMember === choice} />
              {choice === 'yes' ? text.partyMemberYes : text.partyMemberNo}
            </label>
          ))}
        </div>
        {partyError ? <p id="field-isPartyMember-error" className="mt-1 text-sm text-red-700">{partyError}</p> : null}
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.saving : text.save}
        </button>
        <Link href={cancelHref} className="rounded-md px-4 py-2 text-sm">{text.cancel}</Link>
      </div>
    </form>
  );
}
