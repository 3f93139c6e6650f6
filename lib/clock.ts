import 'server-only';
import { readFileSync } from 'node:fs';

/**
 * The server's clock, injected instead of read with `new Date()` inside rules, so tests can move time
 * (an overdue task after its due date) without sleeping. Honoured only when `APP_ALLOW_FAKE_CLOCK=1`,
 * which nothing but the test runner sets: then `APP_FAKE_NOW_FILE` (an instant written by an end-to-end
 * test while the server runs, read on every call) comes first, else `APP_FAKE_NOW`.
 */
export function now(): Date {
  const fake = process.env.APP_ALLOW_FAKE_CLOCK === '1' ? (readClockFile(process.env.APP_FAKE_NOW_FILE) ?? process.env.APP_FAKE_NOW) : undefined;
  if (fake) {
    const parsed = new Date(fake);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return new Date();
}

function readClockFile(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined; // No file: the clock is not moved.
  }
}
