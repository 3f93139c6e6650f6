import { createHash, randomInt } from 'node:crypto';

// One-time recovery codes for a lost phone: ten per account, shown once, each "xxxx-xxxx-xxxx" of 31
// characters that cannot be misread (no 0/o, 1/l/i): about 59 bits each, far beyond guessing within the
// sign-in throttle, so a plain sha256 is enough to keep (unlike a password, nothing to slow down a
// dictionary for). Typed in any case, with or without the dashes and spaces.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;
const CODE_LENGTH = GROUPS * GROUP_LENGTH;

export function newRecoveryCode(): string {
  const characters = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]!).join('');
  return Array.from({ length: GROUPS }, (_, index) => characters.slice(index * GROUP_LENGTH, (index + 1) * GROUP_LENGTH)).join('-');
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, newRecoveryCode);
}

/** The code as stored: lower case, without dashes or spaces; null when it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]/g, '');
  return compact.length === CODE_LENGTH && [...compact].every((character) => ALPHABET.includes(character)) ? compact : null;
}

/** What RecoveryCode.codeHash holds: sha256 (hex) of the normalised code. */
export function hashRecoveryCode(normalized: string): string {
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}
