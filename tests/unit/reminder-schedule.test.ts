import { describe, expect, it } from 'vitest';
import { DAILY_REMINDER_TIME, delayUntilNextRun, nextDailyRun } from '../../lib/domain/reminder-schedule.ts';

const HOUR = 60 * 60 * 1000;
const next = (iso: string) => nextDailyRun(new Date(iso), DAILY_REMINDER_TIME).toISOString();

describe('the next daily reminder run', () => {
  it('runs at 06:00 in Vietnam, which is 23:00 UTC the day before', () => {
    expect(DAILY_REMINDER_TIME).toBe('06:00');
    // 05:00 on 31/12 in Vietnam: today's run is still ahead.
    expect(next('2025-12-30T22:00:00Z')).toBe('2025-12-30T23:00:00.000Z');
    // 14:00 on 31/12 in Vietnam: tomorrow's (1/1) run.
    expect(next('2025-12-31T07:00:00Z')).toBe('2025-12-31T23:00:00.000Z');
  });

  it('at exactly 06:00 the run that is due now is not scheduled again: the next is tomorrow', () => {
    expect(next('2025-12-30T23:00:00Z')).toBe('2025-12-31T23:00:00.000Z');
    expect(next('2025-12-30T22:59:59.999Z')).toBe('2025-12-30T23:00:00.000Z');
  });

  it('uses the Vietnam calendar day, not the server’s, across UTC midnight', () => {
    // 20:00 UTC on 31/12 is already 03:00 on 1/1 in Vietnam.
    expect(next('2025-12-31T20:00:00Z')).toBe('2025-12-31T23:00:00.000Z');
    // 23:30 UTC on 31/12 is 06:30 on 1/1 in Vietnam: the next run is on 2/1.
    expect(next('2025-12-31T23:30:00Z')).toBe('2026-01-01T23:00:00.000Z');
  });

  it('crosses month ends and leap days', () => {
    expect(next('2024-02-28T10:00:00Z')).toBe('2024-02-28T23:00:00.000Z'); // the run of 29/02/2024
    expect(next('2024-02-29T10:00:00Z')).toBe('2024-02-29T23:00:00.000Z'); // the run of 01/03/2024
    expect(next('2023-02-28T10:00:00Z')).toBe('2023-02-28T23:00:00.000Z'); // the run of 01/03/2023
  });

  it('waits more than nothing and at most one day', () => {
    expect(delayUntilNextRun(new Date('2025-12-30T22:00:00Z'), DAILY_REMINDER_TIME)).toBe(HOUR);
    expect(delayUntilNextRun(new Date('2025-12-30T23:00:00Z'), DAILY_REMINDER_TIME)).toBe(24 * HOUR);
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      const delay = delayUntilNextRun(new Date(Date.UTC(2025, 11, 31, 0, minutes)), DAILY_REMINDER_TIME);
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(24 * HOUR);
    }
  });

  it('takes another time of day, and refuses one that is not a time', () => {
    expect(nextDailyRun(new Date('2025-12-31T00:00:00Z'), '07:30').toISOString()).toBe('2025-12-31T00:30:00.000Z');
    expect(() => nextDailyRun(new Date('2025-12-31T00:00:00Z'), '25:00')).toThrow(RangeError);
  });
});
