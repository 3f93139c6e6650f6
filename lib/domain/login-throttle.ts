/**
 * When a sign-in is refused without looking at the password: after too many wrong passwords in a short
 * window, for one account name (any spelling of it: callers normalise) or from one client address.
 * Pure: the caller passes the failures it found (newest last) and the time now.
 */

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Wrong passwords for one account name within the window; the next attempt waits. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Wrong passwords from one client address (several accounts, one office's shared address too). */
export const ADDRESS_FAILURE_LIMIT = 20;

/**
 * The instant until which attempts are refused, or null when they may go on. With `limit` failures in
 * the window, the oldest of the last `limit` falls out of it at (its time + window): that is when a
 * new attempt is allowed again.
 */
export function lockedUntil(failures: readonly Date[], limit: number, now: Date): Date | null {
  const recent = failures.filter((at) => now.getTime() - at.getTime() < THROTTLE_WINDOW_MS).sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < limit) return null;
  const oldestCounted = recent[recent.length - limit]!;
  return new Date(oldestCounted.getTime() + THROTTLE_WINDOW_MS);
}
