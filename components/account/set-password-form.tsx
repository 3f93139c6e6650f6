'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE } from '@/lib/schemas/action-state.ts';
import type { SetPasswordState } from '@/lib/schemas/password-setup.ts';

interface Props {
  action: (state: SetPasswordState, formData: FormData) => Promise<SetPasswordState>;
  token: string;
  username: string;
  text: Messages['passwordSetup'];
  newHint: string;
}

/** The public form of a set-password link: the new password twice; once done, the way to sign in. */
export function SetPasswordForm({ action, token, username, text, newHint }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === 'done') {
    return (
      <div className="space-y-4">
        <p role="status" data-testid="form-status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{state.message}</p>
        <Link href="/login" className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-800">{text.signIn}</Link>
      </div>
    );
  }
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <Field name="newPassword" label={text.newPassword} hint={newHint} error={errors.newPassword}>
        {(props) => <input {...props} type="password" required autoComplete="new-password" minLength={8} maxLength={512} />}
      </Field>
      <Field name="confirmPassword" label={text.confirmPassword} error={errors.confirmPassword}>
        {(props) => <input {...props} type="password" required autoComplete="new-password" />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
