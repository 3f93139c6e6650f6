/**
 * Which roles must sign in with a second factor (the admins' setting "security.requireSecondFactor").
 * A user holding any required role and not enrolled is sent to enrol before anything else. Pure.
 */

export interface SecondFactorPolicy {
  admin: boolean;
  secretary: boolean;
}

export const SECOND_FACTOR_POLICY_KEY = 'security.requireSecondFactor';

/** No row yet, or a value that is not the expected shape: nothing is required. */
export function parseSecondFactorPolicy(value: unknown): SecondFactorPolicy {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { admin: record.admin === true, secretary: record.secretary === true };
}

/** Whether a user with these roles must have a second factor. Attendees never have to. */
export function secondFactorRequired(policy: SecondFactorPolicy, roles: readonly string[]): boolean {
  return (policy.admin && roles.includes('ADMIN')) || (policy.secretary && roles.includes('SECRETARY'));
}
