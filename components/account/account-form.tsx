'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE } from '@/lib/schemas/action-state.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { SetupLinkState } from '@/lib/schemas/password-setup.ts';
import { IssuedSetupLinkPanel } from './password-setup-link-form.tsx';
import { RoleRows, roleRowsError, type RoleRowsText } from './role-rows.tsx';

export interface AccountFormText {
  member: string;
  memberHint: string;
  chooseMember: string;
  username: string;
  usernameHint: string;
  temporaryPassword: string;
  temporaryPasswordHint: string;
  save: string;
  saving: string;
  cancel: string;
  roleRows: RoleRowsText;
  passwordSetup: Messages['passwordSetup'];
}

interface Props {
  action: (state: SetupLinkState, formData: FormData) => Promise<SetupLinkState>;
  text: AccountFormText;
  members: { id: string; label: string }[];
  organizations: { id: string; name: string }[];
}

/**
 * The admin's form for a new account: the member, the username, the roles, and either a temporary
 * password or a set-password link — which, once the account is made, is shown here once in place of the form.
 */
export function AccountForm({ action, text, members, organizations }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const [delivery, setDelivery] = useState(values.passwordDelivery === 'link' ? 'link' : 'password');
  if (state.status === 'issued') return <div className="max-w-3xl"><IssuedSetupLinkPanel issued={state} text={text.passwordSetup} /></div>;
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      {/* The key re-mounts the text fields with what the user typed after a refused save (React resets forms). */}
      <div key={state.status === 'error' ? JSON.stringify(values) : 'initial'} className="space-y-4">
        <Field name="memberId" label={text.member} hint={text.memberHint} error={errors.memberId}>
          {(props) => (
            <select {...props} defaultValue={values.memberId ?? ''} required>
              <option value="">{text.chooseMember}</option>
              {members.map((member) => <option key={member.id} value={member.id}>{member.label}</option>)}
            </select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="username" label={text.username} hint={text.usernameHint} error={errors.username}>
            {(props) => <input {...props} defaultValue={values.username ?? ''} required autoComplete="off" autoCapitalize="none" spellCheck={false} />}
          </Field>
          {delivery === 'password' ? (
            <Field name="password" label={text.temporaryPassword} hint={text.temporaryPasswordHint} error={errors.password}>
              {(props) => <input {...props} type="text" required autoComplete="new-password" spellCheck={false} />}
            </Field>
          ) : null}
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-stone-800">{text.passwordSetup.deliveryLegend}</legend>
          {(['password', 'link'] as const).map((choice) => (
            <label key={choice} className="mt-1 flex items-center gap-2 text-sm">
              <input type="radio" name="passwordDelivery" value={choice} checked={delivery === choice} onChange={() => setDelivery(choice)} />
              {choice === 'password' ? text.passwordSetup.deliveryPassword : text.passwordSetup.deliveryLink}
            </label>
          ))}
        </fieldset>
      </div>
      <RoleRows text={text.roleRows} organizations={organizations} initial={[]} error={roleRowsError(errors)} result={state} />
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.saving : text.save}
        </button>
        <Link href="/accounts" className="rounded-md px-4 py-2 text-sm">{text.cancel}</Link>
      </div>
    </form>
  );
}
