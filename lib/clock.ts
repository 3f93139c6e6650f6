import 'server-only';

/**
 * The server's clock, injected instead of read with `new Date()` inside rules, so tests can move time
 * (an overdue task after its due date) without sleeping. `APP_FAKE_NOW` is honoured only when
 * `APP_ALLOW_FAKE_CLOCK=1`, which nothing but the test runner sets.
 */
export function now(): Date {
  const fake = process.env.APP_ALLOW_FAKE_CLOCK === '1' ? process.env.APP_FAKE_NOW : undefined;
  if (fake) {
    const parsed = new Date(fake);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return new Date();
}
