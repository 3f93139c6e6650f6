import { describe, expect, it } from 'vitest';
import { calendarDate, isoDay } from '../../lib/schemas/fields.ts';

describe('a calendar day of a form', () => {
  it('is read as midnight UTC of that day', () => {
    expect(calendarDate.parse('2023-07-31')).toEqual(new Date('2023-07-31T00:00:00Z'));
  });

  it('refuses what is not a day, and a day before 1930 (a year typed with a digit missing)', () => {
    expect(isoDay.safeParse('2023-02-30').error?.issues[0]?.message).toBe('invalidDate');
    expect(isoDay.safeParse('0024-05-01').error?.issues[0]?.message).toBe('dateTooEarly');
    expect(isoDay.safeParse('1929-12-31').error?.issues[0]?.message).toBe('dateTooEarly');
    expect(isoDay.parse('1930-01-01')).toBe('1930-01-01');
  });
});
