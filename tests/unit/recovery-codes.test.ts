import { describe, expect, it } from 'vitest';
import { parseSecondFactorPolicy, secondFactorRequired } from '../../lib/domain/second-factor-policy.ts';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from '../../lib/security/recovery-codes.ts';

describe('recovery codes', () => {
  it('are ten distinct xxxx-xxxx-xxxx codes without characters that can be misread', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
  });

  it('are matched in any case, with or without dashes and spaces, by the hash of one normal form', () => {
    const [code] = newRecoveryCodes(1) as [string];
    const stored = hashRecoveryCode(normalizeRecoveryCode(code)!);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    for (const typed of [code, code.toUpperCase(), code.replace(/-/g, ''), ` ${code.replace(/-/g, ' ')} `]) expect(hashRecoveryCode(normalizeRecoveryCode(typed)!)).toBe(stored);
  });

  it('refuse what cannot be a code', () => {
    for (const typed of ['', '123456', 'abcd-efgh-jkm', 'abcd-efgh-jkmnp', 'abcd-efgh-jkm0', 'abcd-efgh-jkml']) expect(normalizeRecoveryCode(typed)).toBeNull();
  });
});

describe('the second-factor policy', () => {
  it('reads a missing or malformed setting as nothing required', () => {
    expect(parseSecondFactorPolicy(undefined)).toEqual({ admin: false, secretary: false });
    expect(parseSecondFactorPolicy({ admin: 'yes', secretary: 1 })).toEqual({ admin: false, secretary: false });
    expect(parseSecondFactorPolicy({ admin: true })).toEqual({ admin: true, secretary: false });
  });

  it('requires it of a user holding any required role, never of an attendee only', () => {
    const both = { admin: true, secretary: true };
    expect(secondFactorRequired(both, ['ATTENDEE'])).toBe(false);
    expect(secondFactorRequired({ admin: true, secretary: false }, ['SECRETARY', 'ATTENDEE'])).toBe(false);
    expect(secondFactorRequired({ admin: false, secretary: true }, ['SECRETARY', 'ATTENDEE'])).toBe(true);
    expect(secondFactorRequired({ admin: true, secretary: false }, ['ADMIN'])).toBe(true);
    expect(secondFactorRequired({ admin: false, secretary: false }, ['ADMIN', 'SECRETARY'])).toBe(false);
  });
});
