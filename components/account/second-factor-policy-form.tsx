'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface RoleChoice {
  name: 'admin' | 'secretary';
  label: string;
  checked: boolean;
  /** How many accounts the requirement would send to enrol, said next to the box. */
  note: string;
}

/** Which roles must have a second factor: a checkbox per role, saved from the version shown. */
export function SecondFactorPolicyForm({ action, version, roles, text }: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  version: number;
  roles: readonly RoleChoice[];
  text: { legend: string; save: string; saving: string };
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="max-w-xl space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">{text.legend}</legend>
        <div className="mt-2 space-y-2">
          {roles.map((role) => (
            <div key={role.name} className="flex items-start gap-2">
              <input type="checkbox" id={`policy-${role.name}`} name={role.name} defaultChecked={role.checked} aria-describedby={`policy-${role.name}-note`} className="mt-1 size-4" />
              <div>
                <label htmlFor={`policy-${role.name}`} className="text-sm font-medium">{role.label}</label>
                <p id={`policy-${role.name}-note`} className="text-xs text-stone-600">{role.note}</p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.saving : text.save}
      </button>
    </form>
  );
}

