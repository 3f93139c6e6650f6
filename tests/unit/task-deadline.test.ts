import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineState, DUE_SOON_DAYS, todayInVietnam } from '../../lib/domain/task-deadline.ts';
import { TASK_STATUSES } from '../../lib/domain/task-status.ts';

const today = '2023-07-31'; // the day of the reference conference

describe('deadlineState', () => {
  it.each([
    ['2023-07-30', 'OVERDUE'],
    ['2022-12-31', 'OVERDUE'],
    ['2023-07-31', 'DUE_SOON'], // due today is not yet overdue
    ['2023-08-01', 'DUE_SOON'],
    ['2023-08-07', 'DUE_SOON'], // 7 days ahead, inclusive
    ['2023-08-08', 'ON_TRACK'],
    ['2025-12-31', 'ON_TRACK'],
  ] as const)('due %s, today %s → %s', (dueDate, state) => {
    expect(deadlineState({ dueDate, status: 'IN_PROGRESS', today })).toBe(state);
  });

  it('a done or cancelled task is closed, whatever its date', () => {
    expect(deadlineState({ dueDate: '2020-01-01', status: 'DONE', today })).toBe('CLOSED');
    expect(deadlineState({ dueDate: '2020-01-01', status: 'CANCELLED', today })).toBe('CLOSED');
    expect(deadlineState({ dueDate: null, status: 'DONE', today })).toBe('CLOSED');
  });

  it('open tasks, paused included, owe their deadline', () => {
    for (const status of TASK_STATUSES.filter((s) => s !== 'DONE' && s !== 'CANCELLED')) {
      expect(deadlineState({ dueDate: '2023-07-01', status, today })).toBe('OVERDUE');
      expect(deadlineState({ dueDate: null, status, today })).toBe('NO_DEADLINE');
    }
  });

  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(deadlineState({ dueDate: '2024-01-07', status: 'NOT_STARTED', today: '2023-12-31' })).toBe('DUE_SOON');
    expect(deadlineState({ dueDate: '2024-01-08', status: 'NOT_STARTED', today: '2023-12-31' })).toBe('ON_TRACK');
    expect(daysUntil('2024-03-01', '2024-02-28')).toBe(2); // 2024 has a 29 February
    expect(daysUntil('2023-03-01', '2023-02-28')).toBe(1);
    expect(daysUntil('2023-07-30', today)).toBe(-1);
    expect(daysUntil('2025-12-31', '2023-01-01')).toBe(365 + 366 + 364);
    expect(DUE_SOON_DAYS).toBe(7);
  });

  it('rejects anything that is not a real calendar date', () => {
    for (const bad of ['2023-02-30', '2023-13-01', '2023-7-31', '31/07/2023', '2023-07-31T00:00:00Z', '']) {
      expect(() => deadlineState({ dueDate: bad, status: 'IN_PROGRESS', today })).toThrow(RangeError);
    }
    expect(() => deadlineState({ dueDate: '2023-08-01', status: 'IN_PROGRESS', today: 'hôm nay' })).toThrow(RangeError);
  });
});

describe('todayInVietnam', () => {
  it.each([
    ['2023-07-30T16:59:59.999Z', '2023-07-30'], // 23:59:59 in Hà Nội
    ['2023-07-30T17:00:00.000Z', '2023-07-31'], // midnight in Hà Nội, still the 30th in UTC
    ['2023-07-31T09:00:00+07:00', '2023-07-31'],
    ['2023-12-31T17:00:00Z', '2024-01-01'], // new year arrives 7 hours earlier
    ['2024-02-28T20:00:00Z', '2024-02-29'],
    ['2024-03-31T01:00:00Z', '2024-03-31'], // no daylight saving: European DST day changes nothing
  ])('%s → %s', (instant, date) => {
    expect(todayInVietnam(new Date(instant))).toBe(date);
  });

  it('rejects an invalid date', () => {
    expect(() => todayInVietnam(new Date('not a date'))).toThrow(RangeError);
  });

  it('combines with deadlineState: a task due 31/7 is overdue from 00:00 on 1/8 in Vietnam', () => {
    const lateEvening = todayInVietnam(new Date('2023-07-31T16:59:00Z'));
    const justAfterMidnight = todayInVietnam(new Date('2023-07-31T17:00:00Z'));
    expect(deadlineState({ dueDate: '2023-07-31', status: 'IN_PROGRESS', today: lateEvening })).toBe('DUE_SOON');
    expect(deadlineState({ dueDate: '2023-07-31', status: 'IN_PROGRESS', today: justAfterMidnight })).toBe('OVERDUE');
  });
});
