import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { rm, writeFile } from 'node:fs/promises';
import { E2E_BASE_URL, E2E_CLOCK_FILE, E2E_SECRET, e2eDatabaseUrl } from './env.ts';
import { withClient } from '../lib/db/with-client.ts';

async function userIdOf(username: string): Promise<string> {
  const { rows } = await withClient(e2eDatabaseUrl(), (client) => client.query<{ id: string }>('SELECT id FROM "User" WHERE username = $1', [username]));
  const id = rows[0]?.id;
  if (!id) throw new Error(`No user ${username} in the e2e database`);
  return id;
}

/** Signs a browser context in as `username` by minting the session cookie next-auth would set. */
export async function signIn(context: BrowserContext, username: string): Promise<void> {
  const token = await encode({ token: { sub: await userIdOf(username), name: username }, secret: E2E_SECRET });
  await context.addCookies([{ name: 'next-auth.session-token', value: token, url: E2E_BASE_URL, httpOnly: true, sameSite: 'Lax' }]);
}

/**
 * `loginAs(username)` signs in by minting the session cookie directly, as next-auth would after a
 * successful login; only login.spec.ts types passwords into the form.
 */
export interface Clock {
  /** Moves the server's clock to this instant (ISO 8601, with its offset) until the test ends. */
  set(instant: string): Promise<void>;
}

export const test = base.extend<{ loginAs: (username: string) => Promise<Page>; failOnCspViolation: void; clock: Clock }>({
  // Any script or style the Content-Security-Policy blocks is a bug: the page would be broken for users.
  failOnCspViolation: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  // The server reads the time from a file while it exists; removing it gives the real time back, so a
  // moved clock never leaks into the next test.
  clock: async ({}, use) => {
    await use({ set: (instant) => writeFile(E2E_CLOCK_FILE, instant) });
    await rm(E2E_CLOCK_FILE, { force: true });
  },
  loginAs: async ({ context, page }, use) => {
    await use(async (username) => {
      await signIn(context, username);
      return page;
    });
  },
});

export { expect };
