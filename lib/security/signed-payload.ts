import { createHmac, timingSafeEqual } from 'node:crypto';

// Data the server hands to the browser and must get back unchanged: the member-import preview carries
// its checked rows to the confirmation in a hidden field instead of a table of pending imports (which
// would need a migration and a clean-up job). The field is "<base64url JSON>.<base64url HMAC-SHA256>"
// under a key derived from the server's secret (NEXTAUTH_SECRET) and the payload's purpose, as
// calendar-token.ts derives its own: a browser can read the rows, which are its own upload, but any
// change to them, or a payload made for another purpose, fails the check.

function keyFor(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`hoi-nghi signed payload v1\n${purpose}`).digest();
}

export function signPayload({ secret, purpose, data }: { secret: string; purpose: string; data: unknown }): string {
  const body = Buffer.from(JSON.stringify(data), 'utf8').toString('base64url');
  const signature = createHmac('sha256', keyFor(secret, purpose)).update(body).digest('base64url');
  return `${body}.${signature}`;
}

/** The data, or null when the field was not signed by this server for this purpose or was changed. */
export function verifyPayload({ secret, purpose, token }: { secret: string; purpose: string; token: string }): unknown {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const body = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = createHmac('sha256', keyFor(secret, purpose)).update(body).digest();
  // Constant time, so the signature cannot be guessed byte by byte.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
  } catch {
    return null;
  }
}
