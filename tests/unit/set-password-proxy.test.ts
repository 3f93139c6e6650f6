import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '../../proxy.ts';
import { hashPasswordSetupToken, newPasswordSetupToken, parsePasswordSetupToken, passwordSetupExpiry, passwordSetupPath } from '../../lib/security/password-setup-token.ts';

// The set-password link is opened by someone with no session: the proxy lets exactly its page through
// (the page and its action check the token), and nothing below or beside it.
describe('the proxy and the set-password link', () => {
  const status = async (path: string, init?: { method: string }) => (await proxy(new NextRequest(`http://localhost:3000${path}`, init))).status;
  const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

  it('lets an anonymous request reach the page, and its form post', async () => {
    expect(await status(`/set-password/${TOKEN}`)).toBe(200);
    expect(await status(`/set-password/${TOKEN}`, { method: 'POST' })).toBe(200);
  });

  it('turns away anonymous requests for anything else', async () => {
    expect(await status('/set-password')).toBe(307);
    expect(await status('/set-password/')).toBe(307);
    expect(await status(`/set-password/${TOKEN}/more`)).toBe(307);
    expect(await status('/set-passwordx/abc')).toBe(307);
    expect(await status('/audit')).toBe(307);
    expect(await status('/outbox')).toBe(307);
  });
});

describe('the set-password token', () => {
  it('is 43 base64url characters, different each time, stored as its sha256', () => {
    const one = newPasswordSetupToken();
    const two = newPasswordSetupToken();
    expect(one).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(one).not.toBe(two);
    expect(hashPasswordSetupToken(one)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPasswordSetupToken(one)).not.toContain(one);
    expect(passwordSetupPath(one)).toBe(`/set-password/${one}`);
  });

  it('parses only what can be a token', () => {
    const token = newPasswordSetupToken();
    expect(parsePasswordSetupToken(token)).toBe(token);
    for (const bad of ['', 'short', `${token}x`, `${token.slice(0, 42)}/`, `${token.slice(0, 42)}=`, 42, null, undefined]) expect(parsePasswordSetupToken(bad)).toBeNull();
  });

  it('expires 72 hours after it is made', () => {
    expect(passwordSetupExpiry(new Date('2025-01-01T00:00:00Z')).toISOString()).toBe('2025-01-04T00:00:00.000Z');
  });
});
