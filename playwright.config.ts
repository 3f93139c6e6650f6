import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.ts';
import { E2E_BASE_URL, E2E_CLOCK_FILE, E2E_PORT, E2E_SECRET, e2eDatabaseUrl } from './e2e/env.ts';

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } } }],
  webServer: {
    // The production build (`next build` runs first in scripts/test.ts), as users get it.
    command: `node node_modules/next/dist/bin/next start -p ${E2E_PORT} -H 127.0.0.1`,
    url: `${E2E_BASE_URL}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: e2eDatabaseUrl(),
      DATABASE_POOL_MAX: process.env.E2E_DATABASE_POOL_MAX ?? '5',
      NEXTAUTH_SECRET: E2E_SECRET,
      NEXTAUTH_URL: E2E_BASE_URL,
      APP_ALLOW_FAKE_CLOCK: '1',
      APP_FAKE_NOW_FILE: E2E_CLOCK_FILE,
      // The e2e database's notifications are the tests' own business, not a timer's.
      REMINDERS_DISABLED: '1',
    },
  },
});
