'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { IDLE, type ActionState } from '@/lib/schemas/action-state.ts';
import { RoleRows, roleRowsError, type RoleRow, type RoleRowsText } from './role-rows.tsx';

interface Props {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  text: { save: string; saving: string; roleRows: RoleRowsText };
  userId: string;
  version: number;
  organizations: { id: string; name: string }[];
  initial: RoleRow[];
}

/** The roles of an account within the admin's organisations, saved from the version shown. */
export function AccountRolesForm({ action, text, userId, version, organizations, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="max-w-3xl space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <RoleRows text={text.roleRows} organizations={organizations} initial={initial} error={roleRowsError(errors)} result={state} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? text.saving : text.save}
      </button>
    </form>
  );
}
