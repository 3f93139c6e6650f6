'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import { OrganizationOptions, type OrganizationChoice } from './organization-options.tsx';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  organizationId: string;
  version: number;
  targets: OrganizationChoice[];
  /** Today in Vietnam (YYYY-MM-DD): the default merge date and the latest one allowed. */
  today: string;
  text: { hint: string; target: string; chooseTarget: string; mergedOn: string; confirm: string; submit: string; pending: string };
}

/** Merges this organisation into another: the target, the date it takes effect, and a confirmation. */
export function OrganizationMergeForm({ action, organizationId, version, targets, today, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(values) : 'initial'} className="max-w-3xl space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-600">{text.hint}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="targetId" label={text.target} error={errors.targetId}>
          {(props) => (
            <select {...props} defaultValue={values.targetId ?? ''} required>
              <option value="">{text.chooseTarget}</option>
              <OrganizationOptions choices={targets} />
            </select>
          )}
        </Field>
        <Field name="mergedOn" label={text.mergedOn} error={errors.mergedOn}>
          {(props) => <input {...props} type="date" max={today} defaultValue={values.mergedOn ?? today} required />}
        </Field>
      </div>
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" className="mt-1" aria-invalid={Boolean(errors.confirm)} aria-describedby={errors.confirm ? 'merge-confirm-error' : undefined} />
          <span>{text.confirm}</span>
        </label>
        {errors.confirm ? <p id="merge-confirm-error" className="mt-1 text-sm text-red-700">{errors.confirm}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
        {pending ? text.pending : text.submit}
      </button>
    </form>
  );
}
