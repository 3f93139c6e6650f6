import { describe, expect, it } from 'vitest';
import { daysBetween, shiftByDays, vietnamDateOf, vietnamInstant, vietnamTimeOf } from '../../lib/domain/vietnam-time.ts';

describe('Vietnam wall-clock time', () => {
  it('reads a day and a time as UTC+7', () => {
    expect(vietnamInstant('2023-07-31', '07:30').toISOString()).toBe('2023-07-31T00:30:00.000Z');
    expect(vietnamInstant('2023-08-01', '05:00').toISOString()).toBe('2023-07-31T22:00:00.000Z');
  });

  it('gives back the Vietnam day and time of an instant, also across UTC midnight', () => {
    const early = new Date('2023-07-31T22:00:00Z');
    expect(vietnamDateOf(early)).toBe('2023-08-01');
    expect(vietnamTimeOf(early)).toBe('05:00');
    expect(vietnamTimeOf(vietnamInstant('2026-12-15', '23:59'))).toBe('23:59');
  });

  it('moves a programme to another day keeping each time of day', () => {
    const days = daysBetween('2023-07-31', '2027-07-30');
    expect(days).toBe(1460);
    const moved = shiftByDays(vietnamInstant('2023-07-31', '10:10'), days);
    expect([vietnamDateOf(moved), vietnamTimeOf(moved)]).toEqual(['2027-07-30', '10:10']);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('refuses what is not a date and time', () => {
    expect(() => vietnamInstant('2023-02-30x', '07:30')).toThrow(RangeError);
  });
});
