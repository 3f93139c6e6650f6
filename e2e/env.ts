// Settings shared by playwright.config.ts and the fixtures. scripts/test.ts provides the database.
import os from 'node:os';
import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_SECRET = 'e2e-only-secret-that-is-long-enough-for-next-auth';

export function e2eDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests through `npm test` (scripts/test.ts), which prepares a database.');
  return url;
}

/** The server reads the time from this file while it exists (lib/clock.ts); the `clock` fixture writes it. */
export const E2E_CLOCK_FILE = process.env.E2E_CLOCK_FILE ?? path.join(os.tmpdir(), `hoinghi-e2e-clock-${E2E_PORT}`);
