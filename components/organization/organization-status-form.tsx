'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  organizationId: string;
  version: number;
  /** What the button does: deactivate an active organisation, or reactivate a deactivated one. */
  activate: boolean;
  label: string;
  hint: string;
  /** What still holds it open, said before the admin tries (the server checks again). */
  blockers?: string;
}

/** One button: deactivate (or reactivate) the organisation. Never a delete. */
export function OrganizationStatusForm({ action, organizationId, version, activate, label, hint, blockers }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={String(activate)} />
      <p className="text-sm text-stone-600">{hint}</p>
      {blockers ? <p className="text-sm text-amber-900" data-testid="deactivation-blockers">{blockers}</p> : null}
      <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${activate ? 'bg-brand-700 text-white hover:bg-brand-800' : 'border border-red-700 text-red-800 hover:bg-red-50'}`}>
        {label}
      </button>
    </form>
  );
}
