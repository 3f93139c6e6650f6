'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { ConferenceKind } from '@/lib/db/generated/prisma/enums.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import { ConferencePeopleFields, type ConferencePeopleOptions } from './conference-people-fields.tsx';

/** Every field as the form holds it (strings, the chairs comma-joined), so a refused form can echo them. */
export interface ConferenceFormValues {
  kind: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  hostOrganizationId: string;
  chairMemberIds: string;
  secretaryMemberId: string;
  quorumCommitteeId: string;
  planId: string;
  conferenceId?: string;
  version?: string;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: Messages['conferenceForm'];
  kinds: Record<ConferenceKind, string>;
  options: ConferencePeopleOptions & { plans: { id: string; officialNumber: string; title: string }[] };
  initial: ConferenceFormValues;
  cancelHref: string;
}

export function ConferenceForm({ action, text, kinds, options, initial, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = { ...initial, ...(state.status === 'error' ? state.values : {}) };
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    // The key re-mounts the fields with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      {values.conferenceId ? <input type="hidden" name="conferenceId" value={values.conferenceId} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="kind" label={text.kind} error={errors.kind}>
          {(props) => (
            <select {...props} defaultValue={values.kind} required>
              {(Object.keys(kinds) as ConferenceKind[]).map((kind) => <option key={kind} value={kind}>{kinds[kind]}</option>)}
            </select>
          )}
        </Field>
        <Field name="planId" label={text.plan} error={errors.planId}>
          {(props) => (
            <select {...props} defaultValue={values.planId}>
              <option value="">{text.noPlan}</option>
              {options.plans.map((plan) => <option key={plan.id} value={plan.id}>{plan.officialNumber} — {plan.title}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field name="title" label={text.conferenceTitle} hint={text.titleHint} error={errors.title}>
        {(props) => <textarea {...props} defaultValue={values.title} rows={2} required />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="date" label={text.date} error={errors.date}>
          {(props) => <input {...props} type="date" defaultValue={values.date} required />}
        </Field>
        <Field name="startTime" label={text.startTime} hint={text.timeHint} error={errors.startTime}>
          {(props) => <input {...props} type="time" step={60} defaultValue={values.startTime} required />}
        </Field>
        <Field name="endTime" label={text.endTime} error={errors.endTime}>
          {(props) => <input {...props} type="time" step={60} defaultValue={values.endTime} required />}
        </Field>
      </div>
      <Field name="venue" label={text.venue} error={errors.venue}>
        {(props) => <input {...props} defaultValue={values.venue} autoComplete="off" />}
      </Field>
      <ConferencePeopleFields
        text={text}
        options={options}
        initial={{
          hostOrganizationId: values.hostOrganizationId,
          chairMemberIds: values.chairMemberIds ? values.chairMemberIds.split(',') : [],
          secretaryMemberId: values.secretaryMemberId,
          quorumCommitteeId: values.quorumCommitteeId,
        }}
        errors={errors}
      />
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.saving : text.save}
        </button>
        <Link href={cancelHref} className="rounded-md px-4 py-2 text-sm">{text.cancel}</Link>
      </div>
    </form>
  );
}
