import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

// The second factor: time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps — what
// every authenticator app reads from a QR code). The base32 secret is kept encrypted with AES-256-GCM
// under a key derived by HKDF from the server's secret (NEXTAUTH_SECRET), so a copy of the database
// alone gives no one's codes; the GCM tag makes any change to the stored value fail instead of yielding
// another secret. The user id is the additional data, so a value copied onto another account fails too.
// A code is accepted one step early or late (clocks drift) and never twice: a step at or before the
// last accepted one is refused (User.totpLastStep).

export const TOTP_ISSUER = 'Quản lý hội nghị';
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Steps accepted either side of now. */
const WINDOW = 1;
const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A new random secret (160 bits, the RFC 4226 recommendation), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** What the secret is sealed for: the stored one of an account, or one offered during enrolment (a form field). */
export type TotpSecretPurpose = 'account' | 'enrolment';

function keyFor(serverSecret: string): Buffer {
  // A key of its own, so the session-signing secret is never used directly for anything else.
  return Buffer.from(hkdfSync('sha256', serverSecret, 'hoi-nghi', 'totp secret encryption v1', 32));
}

function additionalData(userId: string, purpose: TotpSecretPurpose): Buffer {
  return Buffer.from(`${purpose}\n${userId}`, 'utf8');
}

/** "v1.<base64url of iv, tag and ciphertext>": what User.totpSecretEncrypted holds (and the enrolment form carries). */
export function encryptTotpSecret({ serverSecret, userId, secret, purpose = 'account' }: { serverSecret: string; userId: string; secret: string; purpose?: TotpSecretPurpose }): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(serverSecret), iv);
  cipher.setAAD(additionalData(userId, purpose));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${FORMAT}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

/** The secret, or null when the value was not sealed by this server for this user and purpose, or was changed. */
export function decryptTotpSecret({ serverSecret, userId, encrypted, purpose = 'account' }: { serverSecret: string; userId: string; encrypted: string; purpose?: TotpSecretPurpose }): string | null {
  const [format, body, extra] = encrypted.split('.');
  if (format !== FORMAT || !body || extra !== undefined) return null;
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(serverSecret), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(additionalData(userId, purpose));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null; // The tag does not match: tampered, another user's, another purpose or another server secret.
  }
}

function totp(secret: string, username = ''): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label: username, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: DIGITS, period: TOTP_PERIOD_SECONDS });
}

/** The otpauth:// URI an authenticator app reads from the QR code, labelled with the issuer and the username. */
export function totpUri({ secret, username }: { secret: string; username: string }): string {
  return totp(secret, username).toString();
}

/** The time step of an instant (30-second periods since 1970). */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code of a step: what the user's app shows at that time (tests and the end-to-end tests use it). */
export function totpCode({ secret, at }: { secret: string; at: Date }): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

/** Six digits, spaces allowed ("123 456" as some apps show it): a code rather than a recovery code. */
export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s/g, ''));
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/**
 * Checks a typed code against the steps now − 1, now and now + 1. A code of a step at or before
 * `lastStep` (the last one accepted for this account) is refused as replayed; the caller stores the
 * returned step as the new `lastStep`, conditionally, so two requests with one code cannot both pass.
 */
export function verifyTotp({ secret, code, at, lastStep }: { secret: string; code: string; at: Date; lastStep: number | null }): TotpCheck {
  const typed = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(typed)) return { ok: false, reason: 'wrong' };
  const generator = totp(secret);
  const current = totpStep(at);
  let replayed = false;
  for (let step = current - WINDOW; step <= current + WINDOW; step++) {
    const expected = generator.generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
    // Constant time, so a code cannot be found digit by digit.
    if (!timingSafeEqual(Buffer.from(expected), Buffer.from(typed))) continue;
    if (lastStep !== null && step <= lastStep) {
      replayed = true;
      continue;
    }
    return { ok: true, step };
  }
  return { ok: false, reason: replayed ? 'replayed' : 'wrong' };
}
