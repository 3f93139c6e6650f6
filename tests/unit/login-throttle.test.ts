import { describe, expect, it } from 'vitest';
import { ACCOUNT_FAILURE_LIMIT, lockedUntil, THROTTLE_WINDOW_MS } from '../../lib/domain/login-throttle.ts';

const now = new Date('2026-11-25T08:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('lockedUntil', () => {
  it('lets four failures in the window pass, and locks at the fifth until the oldest leaves the window', () => {
    expect(lockedUntil([minutesAgo(4), minutesAgo(3), minutesAgo(2), minutesAgo(1)], ACCOUNT_FAILURE_LIMIT, now)).toBeNull();
    const five = [minutesAgo(5), minutesAgo(4), minutesAgo(3), minutesAgo(2), minutesAgo(1)];
    expect(lockedUntil(five, ACCOUNT_FAILURE_LIMIT, now)).toEqual(new Date(minutesAgo(5).getTime() + THROTTLE_WINDOW_MS));
  });

  it('forgets failures older than 15 minutes', () => {
    expect(lockedUntil([minutesAgo(16), minutesAgo(15), minutesAgo(3), minutesAgo(2), minutesAgo(1)], ACCOUNT_FAILURE_LIMIT, now)).toBeNull();
  });

  it('counts the last five of many, in any order given', () => {
    const many = [minutesAgo(1), minutesAgo(14), minutesAgo(2), minutesAgo(13), minutesAgo(3), minutesAgo(12), minutesAgo(4)];
    // The last five are 1, 2, 3, 4 and 12 minutes ago: the lock ends when the one of 12 minutes ago is 15 old.
    expect(lockedUntil(many, ACCOUNT_FAILURE_LIMIT, now)).toEqual(new Date(minutesAgo(12).getTime() + THROTTLE_WINDOW_MS));
  });

  it('is over exactly when the window has passed', () => {
    const five = [minutesAgo(15), minutesAgo(4), minutesAgo(3), minutesAgo(2), minutesAgo(1)];
    expect(lockedUntil(five, ACCOUNT_FAILURE_LIMIT, now)).toBeNull();
  });
});
