'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

/** The admin's reset of someone's second factor (a lost phone): one button, from the account's version. */
export function SecondFactorResetForm({ action, userId, version, text }: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  userId: string;
  version: number;
  text: { hint: string; submit: string; submitting: string };
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-stone-600">{text.hint}</p>
      <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
