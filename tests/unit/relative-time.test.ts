import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from '../../lib/i18n/format.ts';

// Instants written with their Vietnam offset, as the office reads them.
const at = (local: string) => new Date(`${local}+07:00`);

describe('relative times, counted in Vietnam time', () => {
  const now = at('2026-01-10T09:00:00');

  it('says days in words in Vietnamese and English', () => {
    const cases: [string, string, string][] = [
      ['2026-01-09T09:00:00', 'hôm qua', 'yesterday'],
      ['2026-01-07T15:30:00', '3 ngày trước', '3 days ago'],
      ['2026-01-11T08:00:00', 'ngày mai', 'tomorrow'],
      ['2026-01-15T17:00:00', 'sau 5 ngày nữa', 'in 5 days'],
    ];
    for (const [local, vi, en] of cases) {
      expect(formatRelativeTime(at(local), now, 'vi'), local).toBe(vi);
      expect(formatRelativeTime(at(local), now, 'en'), local).toBe(en);
    }
  });

  it('counts minutes and hours within the same day, and "now" under a minute', () => {
    expect(formatRelativeTime(at('2026-01-10T08:59:30'), now, 'vi')).toBe('bây giờ');
    expect(formatRelativeTime(at('2026-01-10T08:59:30'), now, 'en')).toBe('now');
    expect(formatRelativeTime(at('2026-01-10T08:55:00'), now, 'vi')).toBe('5 phút trước');
    expect(formatRelativeTime(at('2026-01-10T08:00:01'), now, 'vi')).toBe('59 phút trước');
    expect(formatRelativeTime(at('2026-01-10T08:00:00'), now, 'en')).toBe('1 hour ago');
    expect(formatRelativeTime(at('2026-01-10T00:00:00'), now, 'vi')).toBe('9 giờ trước');
    expect(formatRelativeTime(at('2026-01-10T12:00:00'), now, 'vi')).toBe('sau 3 giờ nữa');
    expect(formatRelativeTime(at('2026-01-10T12:00:00'), now, 'en')).toBe('in 3 hours');
  });

  it('turns the day at midnight in Vietnam, not at midnight UTC', () => {
    const justAfterMidnight = at('2026-01-10T00:10:00'); // 2026-01-09T17:10Z
    // Twenty minutes earlier, but on the previous day in Vietnam (the same day in UTC).
    expect(formatRelativeTime(at('2026-01-09T23:50:00'), justAfterMidnight, 'vi')).toBe('hôm qua');
    expect(formatRelativeTime(at('2026-01-09T23:50:00'), justAfterMidnight, 'en')).toBe('yesterday');
    expect(formatRelativeTime(at('2026-01-10T00:01:00'), justAfterMidnight, 'vi')).toBe('9 phút trước');
    // 06:30 in Vietnam is still the previous day in UTC (23:30Z); it is today here.
    const morning = at('2026-01-10T06:30:00');
    expect(formatRelativeTime(at('2026-01-10T01:00:00'), morning, 'en')).toBe('5 hours ago');
    expect(formatRelativeTime(at('2026-01-09T06:30:00'), morning, 'vi')).toBe('hôm qua');
    const lateEvening = at('2026-01-10T23:59:00');
    expect(formatRelativeTime(at('2026-01-11T00:00:00'), lateEvening, 'vi')).toBe('ngày mai');
  });

  it('goes to months and years for longer spans, always with a number', () => {
    expect(formatRelativeTime(at('2025-12-12T09:00:00'), now, 'vi')).toBe('29 ngày trước');
    expect(formatRelativeTime(at('2025-12-11T09:00:00'), now, 'vi')).toBe('1 tháng trước');
    expect(formatRelativeTime(at('2025-11-26T09:00:00'), now, 'vi')).toBe('1 tháng trước');
    expect(formatRelativeTime(at('2025-11-26T09:00:00'), now, 'en')).toBe('1 month ago');
    expect(formatRelativeTime(at('2023-07-31T07:30:00'), now, 'vi')).toBe('2 năm trước');
    expect(formatRelativeTime(at('2023-07-31T07:30:00'), now, 'en')).toBe('2 years ago');
  });
});
