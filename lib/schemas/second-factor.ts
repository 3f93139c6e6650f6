import { z } from 'zod';
import type { ActionState } from './action-state.ts';
import { MAX_INT, versionField } from './fields.ts';

// The second factor's forms: enrolment, new recovery codes and turning it off (the user's own, on
// /account/security), the admins' policy and an admin's reset of someone's second factor.
// Custom messages are keys of the `errors` catalogue.

/** The six digits of the authenticator app, spaces allowed ("123 456"). */
const authenticatorCode = z
  .string('required')
  .transform((value) => value.replace(/\s/g, ''))
  .pipe(z.string().min(1, 'required').regex(/^\d{6}$/, 'secondFactor.codeFormat'));

/** An authenticator code or a recovery code: which one is decided when it is checked. */
const anyCode = z.string('required').trim().min(1, 'required').max(64, 'secondFactor.wrongCode');

const checkbox = z.literal('on').optional().transform((value) => value === 'on');

export const confirmSecondFactorSchema = z.object({
  /** The secret offered on the page, sealed for this user (lib/security/totp.ts, purpose "enrolment"). */
  pendingSecret: z.string('secondFactor.enrolmentExpired').min(1, 'secondFactor.enrolmentExpired').max(512, 'secondFactor.enrolmentExpired'),
  code: authenticatorCode,
});

export const ownSecondFactorCodeSchema = z.object({ code: anyCode });

export const setSecondFactorPolicySchema = z.object({
  /** 0 while the setting has never been saved. */
  version: z.coerce.number().int().min(0).max(MAX_INT),
  admin: checkbox,
  secretary: checkbox,
});

export const resetSecondFactorSchema = z.object({ userId: z.uuid(), version: versionField });

export type ConfirmSecondFactorInput = z.output<typeof confirmSecondFactorSchema>;
export type OwnSecondFactorCodeInput = z.output<typeof ownSecondFactorCodeSchema>;
export type SetSecondFactorPolicyInput = z.output<typeof setSecondFactorPolicySchema>;
export type ResetSecondFactorInput = z.output<typeof resetSecondFactorSchema>;

/** What the enrolment and new-codes forms get back: on success the recovery codes, shown this once. */
export type RecoveryCodesState = ActionState | { status: 'codes'; message: string; codes: string[] };
