'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

export interface MemberTransferText {
  transferTo: string;
  transferToHint: string;
  chooseUnit: string;
  effectiveDate: string;
  effectiveDateHint: string;
  note: string;
  noteHint: string;
  seatsHint: string;
  submit: string;
  submitting: string;
  cancel: string;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: MemberTransferText;
  memberId: string;
  version: number;
  /** Units to move to: managed, active, not merged, without the current one. */
  units: { id: string; name: string }[];
  /** Today in Vietnam ("YYYY-MM-DD"): the default date and the latest allowed. */
  today: string;
  cancelHref: string;
}

/** Moves a member to another unit (chuyển sinh hoạt): the unit, the effective date and a note. */
export function MemberTransferForm({ action, text, memberId, version, units, today, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(values) : 'initial'} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="version" value={version} />
      <Field name="toOrganizationId" label={text.transferTo} hint={text.transferToHint} error={errors.toOrganizationId}>
        {(props) => (
          <select {...props} defaultValue={values.toOrganizationId ?? ''} required>
            <option value="">{text.chooseUnit}</option>
            {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
          </select>
        )}
      </Field>
      <Field name="effectiveDate" label={text.effectiveDate} hint={text.effectiveDateHint} error={errors.effectiveDate}>
        {(props) => <input {...props} type="date" defaultValue={values.effectiveDate ?? today} max={today} required />}
      </Field>
      <Field name="note" label={text.note} hint={text.noteHint} error={errors.note}>
        {(props) => <textarea {...props} defaultValue={values.note ?? ''} rows={3} maxLength={1000} />}
      </Field>
      <p className="text-sm text-stone-700">{text.seatsHint}</p>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.submitting : text.submit}
        </button>
        <Link href={cancelHref} className="rounded-md px-4 py-2 text-sm">{text.cancel}</Link>
      </div>
    </form>
  );
}
