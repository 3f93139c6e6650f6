'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

export interface AdminFormField {
  name: string;
  label: string;
  hint?: string;
  kind: 'text' | 'year' | 'number' | 'date' | 'select';
  initial?: string;
  /** For a select: its choices, after an empty first option labelled `placeholder`. */
  options?: { value: string; label: string }[];
  placeholder?: string;
  /** Grid columns on wide screens: 'full' spans the row. */
  span?: 'full' | 'half';
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  fields: AdminFormField[];
  submit: string;
  saving: string;
  /** Prefix of the control ids, so two forms of one page never share an id. */
  idPrefix: string;
}

/**
 * The forms of the terms, committees and seats pages: labelled fields with their hints and errors (tied
 * by aria-describedby), hidden ids and version, one submit. A refused save keeps what was typed: React
 * resets a form after its action, so the fields are re-mounted with the values the server echoed back.
 */
export function CommitteeAdminForm({ action, hidden, fields, submit, saving, idPrefix }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <div key={state.status === 'error' ? JSON.stringify(values) : 'initial'} className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <div key={field.name} className={field.span === 'half' ? '' : 'sm:col-span-2'}>
            <Field name={`${idPrefix}-${field.name}`} label={field.label} hint={field.hint} error={errors[field.name]}>
              {(props) => {
                const shared = { ...props, name: field.name, defaultValue: values[field.name] ?? field.initial ?? '' };
                if (field.kind === 'select') {
                  return (
                    <select {...shared}>
                      <option value="">{field.placeholder ?? ''}</option>
                      {(field.options ?? []).map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
                    </select>
                  );
                }
                if (field.kind === 'date') return <input {...shared} type="date" />;
                if (field.kind === 'year') return <input {...shared} type="text" inputMode="numeric" maxLength={4} autoComplete="off" />;
                if (field.kind === 'number') return <input {...shared} type="text" inputMode="numeric" maxLength={2} autoComplete="off" />;
                return <input {...shared} type="text" maxLength={200} autoComplete="off" />;
              }}
            </Field>
          </div>
        ))}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? saving : submit}
      </button>
    </form>
  );
}
