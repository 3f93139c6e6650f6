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
  parentId: string | null;
  parents: OrganizationChoice[];
  text: { hint: string; newParent: string; chooseParent: string; submit: string; pending: string };
}

/** Moves the organisation (with its subtree) under another open parent. */
export function OrganizationMoveForm({ action, organizationId, version, parentId, parents, text }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const chosen = state.status === 'error' ? state.values?.parentId : undefined;
  return (
    <form action={formAction} key={chosen ?? 'initial'} className="max-w-3xl space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-600">{text.hint}</p>
      <Field name="parentId" label={text.newParent} error={errors.parentId}>
        {(props) => (
          <select {...props} defaultValue={chosen ?? parentId ?? ''} required>
            <option value="">{text.chooseParent}</option>
            <OrganizationOptions choices={parents} />
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.pending : text.submit}
      </button>
    </form>
  );
}
