import { describe, expect, it } from 'vitest';
import { calendarFeedPath, calendarToken, hashCalendarToken, newCalendarTokenSalt, parseCalendarToken } from '../../lib/security/calendar-token.ts';

const SECRET = 'a-server-secret-of-at-least-32-characters';
const USER = '0190f0c8-7b1a-7c00-8000-00000000000a';

describe('calendar feed tokens', () => {
  it('are the same for the same user, salt and server secret, so the page can show the link again', () => {
    const salt = newCalendarTokenSalt();
    const token = calendarToken({ secret: SECRET, userId: USER, salt });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(calendarToken({ secret: SECRET, userId: USER, salt })).toBe(token);
  });

  it('change with a new salt (a reset), another user or another server secret', () => {
    const salt = newCalendarTokenSalt();
    const token = calendarToken({ secret: SECRET, userId: USER, salt });
    expect(newCalendarTokenSalt()).not.toBe(salt);
    expect(calendarToken({ secret: SECRET, userId: USER, salt: newCalendarTokenSalt() })).not.toBe(token);
    expect(calendarToken({ secret: SECRET, userId: '0190f0c8-7b1a-7c00-8000-00000000000b', salt })).not.toBe(token);
    expect(calendarToken({ secret: `${SECRET}!`, userId: USER, salt })).not.toBe(token);
  });

  it('are stored as sha256 hex, which does not contain the token', () => {
    const token = calendarToken({ secret: SECRET, userId: USER, salt: 'salt' });
    const hash = hashCalendarToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashCalendarToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are read from the URL with or without “.ics”, and anything else is refused before any lookup', () => {
    const token = calendarToken({ secret: SECRET, userId: USER, salt: 'salt' });
    expect(calendarFeedPath(token)).toBe(`/api/calendar/${token}.ics`);
    expect(parseCalendarToken(token)).toBe(token);
    expect(parseCalendarToken(`${token}.ics`)).toBe(token);
    for (const bad of ['', 'abc', `${token}x`, `${token.slice(1)}/`, `${token.slice(1)}=`, `${token}.ics.ics`, '../../etc/passwd']) {
      expect(parseCalendarToken(bad)).toBeNull();
    }
  });
});
