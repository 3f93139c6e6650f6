import { describe, expect, it } from 'vitest';
import { decryptTotpSecret, encryptTotpSecret, looksLikeTotpCode, newTotpSecret, totpCode, totpStep, totpUri, verifyTotp, TOTP_PERIOD_SECONDS } from '../../lib/security/totp.ts';

const SERVER_SECRET = 'a-server-secret-of-at-least-32-characters';
const USER = '0190f0c8-7b1a-7c00-8000-00000000000a';
// RFC 6238's test key ("12345678901234567890" as base32) and its published SHA-1 vector at T = 59 s.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const NOW = new Date('2026-11-25T01:00:10Z');
const stepsFrom = (at: Date, steps: number) => new Date(at.getTime() + steps * TOTP_PERIOD_SECONDS * 1000);

describe('authenticator codes', () => {
  it('match the RFC 6238 test vector (SHA-1, 30 s), so any authenticator app agrees', () => {
    expect(totpCode({ secret: RFC_SECRET, at: new Date(59_000) })).toBe('287082');
    expect(totpCode({ secret: RFC_SECRET, at: new Date(1_111_111_109_000) })).toBe('081804');
  });

  it('accept the code of now, with its step, spaces allowed', () => {
    const secret = newTotpSecret();
    const code = totpCode({ secret, at: NOW });
    expect(verifyTotp({ secret, code, at: NOW, lastStep: null })).toEqual({ ok: true, step: totpStep(NOW) });
    expect(verifyTotp({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, at: NOW, lastStep: null })).toMatchObject({ ok: true });
  });

  it('accept one step early or late (clock drift), not two', () => {
    const secret = newTotpSecret();
    expect(verifyTotp({ secret, code: totpCode({ secret, at: stepsFrom(NOW, -1) }), at: NOW, lastStep: null })).toEqual({ ok: true, step: totpStep(NOW) - 1 });
    expect(verifyTotp({ secret, code: totpCode({ secret, at: stepsFrom(NOW, 1) }), at: NOW, lastStep: null })).toEqual({ ok: true, step: totpStep(NOW) + 1 });
    expect(verifyTotp({ secret, code: totpCode({ secret, at: stepsFrom(NOW, -2) }), at: NOW, lastStep: null })).toEqual({ ok: false, reason: 'wrong' });
    expect(verifyTotp({ secret, code: totpCode({ secret, at: stepsFrom(NOW, 2) }), at: NOW, lastStep: null })).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuse a code whose step is at or before the last one accepted (a replay), but take a later one', () => {
    const secret = newTotpSecret();
    const code = totpCode({ secret, at: NOW });
    const step = totpStep(NOW);
    expect(verifyTotp({ secret, code, at: NOW, lastStep: step })).toEqual({ ok: false, reason: 'replayed' });
    expect(verifyTotp({ secret, code: totpCode({ secret, at: stepsFrom(NOW, -1) }), at: NOW, lastStep: step })).toEqual({ ok: false, reason: 'replayed' });
    expect(verifyTotp({ secret, code: totpCode({ secret, at: stepsFrom(NOW, 1) }), at: NOW, lastStep: step })).toEqual({ ok: true, step: step + 1 });
    expect(verifyTotp({ secret, code, at: NOW, lastStep: step - 1 })).toEqual({ ok: true, step });
  });

  it('refuse the code of another secret, and anything that is not six digits', () => {
    const secret = newTotpSecret();
    const other = newTotpSecret();
    expect(other).not.toBe(secret);
    // Another secret's code may match by chance (1 in a million per step): try a few instants.
    const matches = [0, 1, 2, 3, 4, 5].filter((index) => verifyTotp({ secret, code: totpCode({ secret: other, at: stepsFrom(NOW, index * 3) }), at: stepsFrom(NOW, index * 3), lastStep: null }).ok);
    expect(matches.length).toBeLessThan(2);
    for (const code of ['', '12345', '1234567', 'abcdef', '12345a']) expect(verifyTotp({ secret, code, at: NOW, lastStep: null })).toEqual({ ok: false, reason: 'wrong' });
    expect(looksLikeTotpCode('123 456')).toBe(true);
    expect(looksLikeTotpCode('abcd-efgh-jkmn')).toBe(false);
  });

  it('are offered as an otpauth:// URI with the issuer and the username', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri({ secret, username: 'vanphong' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Quản lý hội nghị:vanphong');
    expect(uri.searchParams.get('issuer')).toBe('Quản lý hội nghị');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});

describe('the secret at rest', () => {
  it('round-trips, and is never stored as the plain secret', () => {
    const secret = newTotpSecret();
    const sealed = encryptTotpSecret({ serverSecret: SERVER_SECRET, userId: USER, secret });
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(secret);
    // A fresh IV each time: the same secret never gives the same stored value.
    expect(encryptTotpSecret({ serverSecret: SERVER_SECRET, userId: USER, secret })).not.toBe(sealed);
    expect(decryptTotpSecret({ serverSecret: SERVER_SECRET, userId: USER, encrypted: sealed })).toBe(secret);
  });

  it('detects any change, another user, another purpose and another server secret', () => {
    const secret = newTotpSecret();
    const sealed = encryptTotpSecret({ serverSecret: SERVER_SECRET, userId: USER, secret });
    const body = Buffer.from(sealed.slice(3), 'base64url');
    for (const index of [0, 12, 20, body.length - 1]) {
      const tampered = Buffer.from(body);
      tampered[index]! ^= 1;
      expect(decryptTotpSecret({ serverSecret: SERVER_SECRET, userId: USER, encrypted: `v1.${tampered.toString('base64url')}` }), `byte ${index}`).toBeNull();
    }
    expect(decryptTotpSecret({ serverSecret: SERVER_SECRET, userId: '0190f0c8-7b1a-7c00-8000-00000000000b', encrypted: sealed })).toBeNull();
    expect(decryptTotpSecret({ serverSecret: SERVER_SECRET, userId: USER, encrypted: sealed, purpose: 'enrolment' })).toBeNull();
    expect(decryptTotpSecret({ serverSecret: `${SERVER_SECRET}!`, userId: USER, encrypted: sealed })).toBeNull();
    for (const garbage of ['', 'v1.', 'v2.' + sealed.slice(3), `${sealed}.x`, 'v1.AAAA', secret]) expect(decryptTotpSecret({ serverSecret: SERVER_SECRET, userId: USER, encrypted: garbage })).toBeNull();
  });
});
