'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE } from '@/lib/schemas/action-state.ts';
import type { RecoveryCodesState } from '@/lib/schemas/second-factor.ts';
import { RecoveryCodesPanel, type RecoveryCodesText } from './recovery-codes-panel.tsx';

export interface SecondFactorEnrolText {
  code: string;
  submit: string;
  submitting: string;
  codes: RecoveryCodesText;
}

/**
 * The confirmation of enrolment: the secret offered on the page (sealed, in a hidden field) and the
 * first code the app shows. On success the form gives way to the recovery codes, shown this once.
 */
export function SecondFactorEnrolForm({ action, pendingSecret, text, continueHref }: {
  action: (state: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;
  pendingSecret: string;
  text: SecondFactorEnrolText;
  continueHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === 'codes') return <RecoveryCodesPanel message={state.message} codes={state.codes} text={text.codes} continueHref={continueHref} />;
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="pendingSecret" value={pendingSecret} />
      <Field name="code" label={text.code} error={errors.code}>
        {(props) => <input {...props} required inputMode="numeric" autoComplete="one-time-code" maxLength={7} className={`${props.className} font-mono tracking-widest`} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
