'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';

export interface ChangePasswordText {
  current: string;
  new: string;
  newHint: string;
  confirm: string;
  submit: string;
  submitting: string;
}

/** Current password, new password twice. Nothing typed here is echoed back by the server. */
export function ChangePasswordForm({ action, text }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; text: ChangePasswordText }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormStatus state={state} />
      <Field name="currentPassword" label={text.current} error={errors.currentPassword}>
        {(props) => <input {...props} type="password" required autoComplete="current-password" />}
      </Field>
      <Field name="newPassword" label={text.new} hint={text.newHint} error={errors.newPassword}>
        {(props) => <input {...props} type="password" required autoComplete="new-password" minLength={8} maxLength={512} />}
      </Field>
      <Field name="confirmPassword" label={text.confirm} error={errors.confirmPassword}>
        {(props) => <input {...props} type="password" required autoComplete="new-password" />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
