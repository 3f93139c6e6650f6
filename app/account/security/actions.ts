'use server';

import { refresh } from 'next/cache';
import { confirmSecondFactorSchema, ownSecondFactorCodeSchema, type RecoveryCodesState } from '@/lib/schemas/second-factor.ts';
import { formValues, runAction, withoutSecrets } from '@/lib/server/action-state.ts';
import { confirmSecondFactor } from '@/lib/server/second-factor/confirm-second-factor.ts';
import { disableSecondFactor } from '@/lib/server/second-factor/disable-second-factor.ts';
import { regenerateRecoveryCodes } from '@/lib/server/second-factor/regenerate-recovery-codes.ts';

// The signed-in user's own second factor, never anyone else's: no form names a user. Codes typed are
// never echoed back. The recovery codes come back in the state, to be shown once; the page is not
// refreshed after enrolment so that they stay on screen until the user moves on.

export async function confirmSecondFactorAction(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  const result = await runAction({
    permission: 'account.manageOwnSecondFactor',
    schema: confirmSecondFactorSchema,
    input: formValues(formData),
    run: (actor, data) => confirmSecondFactor({ actor, ...data }),
  });
  if (!result.ok) return withoutSecrets(result.state, ['code', 'pendingSecret']);
  return { status: 'codes', message: result.t.secondFactor.enabledDone, codes: result.value.recoveryCodes };
}

export async function regenerateRecoveryCodesAction(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  const result = await runAction({
    permission: 'account.manageOwnSecondFactor',
    schema: ownSecondFactorCodeSchema,
    input: formValues(formData),
    run: (actor, data) => regenerateRecoveryCodes({ actor, ...data }),
  });
  if (!result.ok) return withoutSecrets(result.state, ['code']);
  return { status: 'codes', message: result.t.secondFactor.regeneratedDone, codes: result.value.recoveryCodes };
}

export async function disableSecondFactorAction(_previous: RecoveryCodesState, formData: FormData): Promise<RecoveryCodesState> {
  const result = await runAction({
    permission: 'account.manageOwnSecondFactor',
    schema: ownSecondFactorCodeSchema,
    input: formValues(formData),
    run: (actor, data) => disableSecondFactor({ actor, ...data }),
  });
  if (!result.ok) return withoutSecrets(result.state, ['code']);
  refresh();
  return { status: 'success', message: result.t.secondFactor.disabledDone };
}
