import { describe, expect, it } from 'vitest';
import { signPayload, verifyPayload } from '../../lib/security/signed-payload.ts';

const SECRET = 'a-server-secret-of-at-least-32-characters';

describe('signed payloads', () => {
  it('come back unchanged under the same secret and purpose', () => {
    const token = signPayload({ secret: SECRET, purpose: 'member-import', data: { rows: [{ name: 'Nguyễn Văn An' }] } });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyPayload({ secret: SECRET, purpose: 'member-import', token })).toEqual({ rows: [{ name: 'Nguyễn Văn An' }] });
  });

  it('are refused when altered, for another purpose or under another secret', () => {
    const token = signPayload({ secret: SECRET, purpose: 'member-import', data: { n: 1 } });
    const [, signature] = token.split('.');
    const altered = `${Buffer.from(JSON.stringify({ n: 2 })).toString('base64url')}.${signature}`;
    expect(verifyPayload({ secret: SECRET, purpose: 'member-import', token: altered })).toBeNull();
    expect(verifyPayload({ secret: SECRET, purpose: 'other', token })).toBeNull();
    expect(verifyPayload({ secret: `${SECRET}!`, purpose: 'member-import', token })).toBeNull();
    expect(verifyPayload({ secret: SECRET, purpose: 'member-import', token: 'garbage' })).toBeNull();
    expect(verifyPayload({ secret: SECRET, purpose: 'member-import', token: `${token}x` })).toBeNull();
  });
});
