'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { resetSecondFactorSchema, setSecondFactorPolicySchema } from '@/lib/schemas/second-factor.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { resetSecondFactor } from '@/lib/server/second-factor/reset-second-factor.ts';
import { setSecondFactorPolicy } from '@/lib/server/second-factor/set-second-factor-policy.ts';

/** Which roles must sign in with a second factor (the admins' page /accounts/security). */
export async function setSecondFactorPolicyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'security.manage',
    schema: setSecondFactorPolicySchema,
    input: formValues(formData),
    run: (actor, data) => setSecondFactorPolicy({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh();
  return { status: 'success', message: result.t.secondFactor.policy.saved };
}

/** On an account's page (/accounts/<id>): clears that user's second factor (a lost phone). */
export async function resetSecondFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'account.manage',
    schema: resetSecondFactorSchema,
    input: formValues(formData),
    run: (actor, data) => resetSecondFactor({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh();
  return { status: 'success', message: result.t.secondFactor.reset.done };
}
