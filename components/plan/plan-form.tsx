'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

export interface PlanFormText {
  officialNumber: string;
  numberHint: string;
  issuedOn: string;
  issuer: string;
  planTitle: string;
  purpose: string;
  content: string;
  resolution: string;
  noResolution: string;
  save: string;
  saving: string;
  cancel: string;
}

export interface PlanFormValues {
  officialNumber: string;
  issuedOn: string;
  issuerId: string;
  title: string;
  purpose: string;
  content: string;
  resolutionId: string;
  planId?: string;
  version?: string;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: PlanFormText;
  issuers: { id: string; name: string }[];
  resolutions: { id: string; title: string }[];
  initial: PlanFormValues;
  cancelHref: string;
}

export function PlanForm({ action, text, issuers, resolutions, initial, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = { ...initial, ...(state.status === 'error' ? state.values : {}) };
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    // The key re-mounts the fields with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      {values.planId ? <input type="hidden" name="planId" value={values.planId} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="officialNumber" label={text.officialNumber} hint={text.numberHint} error={errors.officialNumber}>
          {(props) => <input {...props} defaultValue={values.officialNumber} required autoComplete="off" />}
        </Field>
        <Field name="issuedOn" label={text.issuedOn} error={errors.issuedOn}>
          {(props) => <input {...props} type="date" defaultValue={values.issuedOn} required />}
        </Field>
      </div>
      <Field name="issuerId" label={text.issuer} error={errors.issuerId}>
        {(props) => (
          <select {...props} defaultValue={values.issuerId} required>
            {issuers.map((issuer) => <option key={issuer.id} value={issuer.id}>{issuer.name}</option>)}
          </select>
        )}
      </Field>
      <Field name="title" label={text.planTitle} error={errors.title}>
        {(props) => <textarea {...props} defaultValue={values.title} rows={2} required />}
      </Field>
      <Field name="resolutionId" label={text.resolution} error={errors.resolutionId}>
        {(props) => (
          <select {...props} defaultValue={values.resolutionId}>
            <option value="">{text.noResolution}</option>
            {resolutions.map((resolution) => <option key={resolution.id} value={resolution.id}>{resolution.title}</option>)}
          </select>
        )}
      </Field>
      <Field name="purpose" label={text.purpose} error={errors.purpose}>
        {(props) => <textarea {...props} defaultValue={values.purpose} rows={3} />}
      </Field>
      <Field name="content" label={text.content} error={errors.content}>
        {(props) => <textarea {...props} defaultValue={values.content} rows={6} />}
      </Field>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.saving : text.save}
        </button>
        <Link href={cancelHref} className="rounded-md px-4 py-2 text-sm">{text.cancel}</Link>
      </div>
    </form>
  );
}
