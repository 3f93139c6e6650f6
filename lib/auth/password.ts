import { hash, verify } from '@node-rs/argon2';

// Argon2id with OWASP's minimum settings (19 MiB, 2 iterations, 1 lane):
// https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
// Argon2id is the library's default algorithm; the options are spelled out so a reader sees the cost.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a server error.
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('no-such-user-placeholder');
  return dummyHash;
}

/** Usernames are compared trimmed and lower-cased everywhere (login, rate limits, uniqueness). */
export function normalizeUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}
