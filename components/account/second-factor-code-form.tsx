'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE } from '@/lib/schemas/action-state.ts';
import type { RecoveryCodesState } from '@/lib/schemas/second-factor.ts';
import { RecoveryCodesPanel, type RecoveryCodesText } from './recovery-codes-panel.tsx';

export interface SecondFactorCodeFormText {
  code: string;
  hint: string;
  submit: string;
  submitting: string;
  codes: RecoveryCodesText;
}

/**
 * A change to the user's own second factor that a current code must prove (new recovery codes, turning
 * it off): one code field and a button. New recovery codes replace the form, shown this once.
 */
export function SecondFactorCodeForm({ action, name, text, danger = false, continueHref }: {
  action: (state: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;
  /** Distinguishes the field ids of the two forms on one page. */
  name: string;
  text: SecondFactorCodeFormText;
  danger?: boolean;
  continueHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === 'codes') return <RecoveryCodesPanel message={state.message} codes={state.codes} text={text.codes} continueHref={continueHref} />;
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <FormStatus state={state} />
      <p className="text-sm text-stone-600">{text.hint}</p>
      <Field name={`${name}-code`} label={text.code} error={errors.code}>
        {(props) => <input {...props} name="code" required autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} maxLength={64} className={`${props.className} font-mono`} />}
      </Field>
      <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${danger ? 'border border-red-700 text-red-800 hover:bg-red-50' : 'bg-brand-700 text-white hover:bg-brand-800'}`}>
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
