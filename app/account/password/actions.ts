'use server';

import { redirect } from 'next/navigation';
import { changeOwnPasswordSchema } from '@/lib/schemas/account.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { formValues, runAction, withoutSecrets } from '@/lib/server/action-state.ts';
import { changeOwnPassword } from '@/lib/server/accounts/change-own-password.ts';

export async function changeOwnPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'account.changeOwnPassword',
    schema: changeOwnPasswordSchema,
    input: formValues(formData),
    run: (actor, data) => changeOwnPassword({ actor, ...data }),
  });
  if (!result.ok) return withoutSecrets(result.state, ['currentPassword', 'newPassword', 'confirmPassword']);
  redirect('/');
}
