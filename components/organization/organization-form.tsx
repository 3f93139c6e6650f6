'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import { OrganizationOptions, type OrganizationChoice } from './organization-options.tsx';

export interface OrganizationFormText {
  name: string;
  shortName: string;
  shortNameHint: string;
  kind: string;
  kindHint: string;
  symbol: string;
  symbolHint: string;
  place: string;
  placeHint: string;
  parent: string;
  chooseParent: string;
  kinds: Record<string, string>;
  save: string;
  saving: string;
  cancel: string;
}

export interface OrganizationFormValues {
  name: string;
  shortName: string;
  kind: string;
  symbol: string;
  place: string;
  parentId?: string;
  organizationId?: string;
  version?: string;
}

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: OrganizationFormText;
  kinds: readonly string[];
  /** The parents to choose from when creating; an edit keeps the parent (a move changes it). */
  parents?: OrganizationChoice[];
  initial: OrganizationFormValues;
  cancelHref: string;
}

/** Create or edit an organisation: its names, kind, symbol and place, and (creating) its parent. */
export function OrganizationForm({ action, text, kinds, parents, initial, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = { ...initial, ...(state.status === 'error' ? state.values : {}) };
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    // The key re-mounts the fields with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      {values.organizationId ? <input type="hidden" name="organizationId" value={values.organizationId} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      {parents ? (
        <Field name="parentId" label={text.parent} error={errors.parentId}>
          {(props) => (
            <select {...props} defaultValue={values.parentId ?? ''} required>
              <option value="">{text.chooseParent}</option>
              <OrganizationOptions choices={parents} />
            </select>
          )}
        </Field>
      ) : null}
      <Field name="name" label={text.name} error={errors.name}>
        {(props) => <input {...props} defaultValue={values.name} required autoComplete="off" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="shortName" label={text.shortName} hint={text.shortNameHint} error={errors.shortName}>
          {(props) => <input {...props} defaultValue={values.shortName} autoComplete="off" />}
        </Field>
        <Field name="kind" label={text.kind} hint={text.kindHint} error={errors.kind}>
          {(props) => (
            <select {...props} defaultValue={values.kind} required>
              {kinds.map((kind) => <option key={kind} value={kind}>{text.kinds[kind] ?? kind}</option>)}
            </select>
          )}
        </Field>
        <Field name="symbol" label={text.symbol} hint={text.symbolHint} error={errors.symbol}>
          {(props) => <input {...props} defaultValue={values.symbol} autoComplete="off" spellCheck={false} />}
        </Field>
        <Field name="place" label={text.place} hint={text.placeHint} error={errors.place}>
          {(props) => <input {...props} defaultValue={values.place} autoComplete="off" />}
        </Field>
      </div>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.saving : text.save}
        </button>
        <Link href={cancelHref} className="rounded-md px-4 py-2 text-sm">{text.cancel}</Link>
      </div>
    </form>
  );
}
