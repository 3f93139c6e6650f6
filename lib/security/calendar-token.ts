import { createHash, createHmac, randomBytes } from 'node:crypto';

// The secret of a personal calendar feed (/api/calendar/<token>). Calendar apps subscribe by URL and
// send no cookie, so the token in the URL is the credential. The database keeps only its sha256, which
// is what the feed looks up: a leaked database gives away no feed URL, and comparing hashes through a
// unique index leaks nothing about the token through timing. The token itself is an HMAC of a random
// salt under a key derived from the server's secret (NEXTAUTH_SECRET), so the owner can be shown the
// URL again on the calendar page without it being stored; resetting draws a new salt.

/** 32 bytes as base64url: 43 characters that need no escaping in a URL path. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Some calendar apps want a URL that ends like a file: "<token>.ics" is accepted as well. */
const ICS_SUFFIX = '.ics';

export function newCalendarTokenSalt(): string {
  return randomBytes(16).toString('base64url');
}

/** The feed token of a user and salt; the same inputs always give the same token. */
export function calendarToken({ secret, userId, salt }: { secret: string; userId: string; salt: string }): string {
  // A key of its own, so the session-signing secret is never used directly for anything else.
  const key = createHmac('sha256', secret).update('hoi-nghi calendar feed token v1').digest();
  return createHmac('sha256', key).update(`${userId}\n${salt}`).digest('base64url');
}

/** What the database keeps and looks up: sha256 of the token, hex. */
export function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of the last URL segment ("<token>" or "<token>.ics"), or null when it cannot be one. */
export function parseCalendarToken(segment: string): string | null {
  const token = segment.endsWith(ICS_SUFFIX) ? segment.slice(0, -ICS_SUFFIX.length) : segment;
  return TOKEN.test(token) ? token : null;
}

/** The feed's path for a token, as it is shown to the user and subscribed to. */
export function calendarFeedPath(token: string): string {
  return `/api/calendar/${token}${ICS_SUFFIX}`;
}
