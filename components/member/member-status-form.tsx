'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  memberId: string;
  version: number;
  /** What the button does: deactivate an active member, or reactivate a deactivated one. */
  activate: boolean;
  label: string;
  /** What happens, in sentences: shown above the button (deactivation names the account it locks). */
  hints: string[];
  /** The confirmation box's label; deactivation must be confirmed. */
  confirmLabel: string;
}

/** Deactivate (with a ticked confirmation) or reactivate a member. Never a delete. */
export function MemberStatusForm({ action, memberId, version, activate, label, hints, confirmLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const confirmError = state.status === 'error' ? state.fieldErrors.confirm : undefined;
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="active" value={String(activate)} />
      {hints.map((hint) => <p key={hint} className="text-sm text-stone-700">{hint}</p>)}
      {activate ? null : (
        <div>
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" name="confirm" required aria-invalid={Boolean(confirmError)} aria-describedby={confirmError ? 'member-confirm-error' : undefined} />
            {confirmLabel}
          </label>
          {confirmError ? <p id="member-confirm-error" className="mt-1 text-sm text-red-700">{confirmError}</p> : null}
        </div>
      )}
      <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${activate ? 'bg-brand-700 text-white hover:bg-brand-800' : 'border border-red-700 text-red-800 hover:bg-red-50'}`}>
        {label}
      </button>
    </form>
  );
}
