import { createHash, randomBytes } from 'node:crypto';

// The secret of a one-time set-password link (/set-password/<token>). The link is the credential: who
// holds it may set the account's password once, within PASSWORD_SETUP_HOURS. The token is 32 random
// bytes; the database keeps only its sha256 (PasswordSetupToken.tokenHash, unique), which is what the
// page looks up, so a leaked database or audit log gives away no working link, and comparing hashes
// through the index leaks nothing about the token through timing. Unlike the calendar feed's token it
// is never derived again: the admin sees it once, when it is made.

/** How long a link works after it is made. */
export const PASSWORD_SETUP_HOURS = 72;

/** 32 bytes as base64url: 43 characters that need no escaping in a URL path. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newPasswordSetupToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps and looks up: sha256 of the token, hex. */
export function hashPasswordSetupToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of a URL segment or form field, or null when it cannot be one (checked before any query). */
export function parsePasswordSetupToken(value: unknown): string | null {
  return typeof value === 'string' && TOKEN.test(value) ? value : null;
}

/** The page's path for a token, as it goes into the email and is shown to the admin. */
export function passwordSetupPath(token: string): string {
  return `/set-password/${token}`;
}

/** When a link made at `now` stops working. */
export function passwordSetupExpiry(now: Date): Date {
  return new Date(now.getTime() + PASSWORD_SETUP_HOURS * 60 * 60 * 1000);
}
