import { describe, expect, it } from 'vitest';
import { buildConferenceCalendar, calendarFileName, conferenceEventUid, type CalendarConference } from '../../lib/documents/conference-calendar.ts';
import { vietnamInstant } from '../../lib/domain/vietnam-time.ts';
import { en } from '../../lib/i18n/messages/en.ts';
import { vi } from '../../lib/i18n/messages/vi.ts';
import { parseIcs } from '../helpers/ics.ts';

const ID = '0190f0c8-7b1a-7c00-8000-000000000001';
const NOW = new Date('2026-11-25T08:00:00Z');
const TITLE = 'Hội nghị sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở Lao động – Thương binh và Xã hội lần thứ V, nhiệm kỳ 2020–2025';

const conference = (overrides: Partial<CalendarConference> = {}): CalendarConference => ({
  id: ID,
  title: TITLE,
  status: 'CONCLUDED',
  startsAt: vietnamInstant('2023-07-31', '07:30'),
  endsAt: vietnamInstant('2023-07-31', '11:30'),
  venue: 'Hội trường Sở, số 1 đường Lê Triệu Kiết; Long Xuyên',
  version: 3,
  updatedAt: new Date('2023-08-01T02:00:00Z'),
  hostOrganization: { name: 'Đảng ủy Sở Lao động – Thương binh và Xã hội' },
  agendaItems: [
    { startsAt: vietnamInstant('2023-07-31', '07:30'), durationMinutes: 15, title: 'Khai mạc, giới thiệu đại biểu', presenter: 'Phạm Thị Thu Trang' },
    { startsAt: vietnamInstant('2023-07-31', '07:45'), durationMinutes: null, title: 'Báo cáo sơ kết giữa nhiệm kỳ', presenter: null },
    { startsAt: null, durationMinutes: null, title: 'Thảo luận', presenter: null },
  ],
  ...overrides,
});

const build = (conferences: CalendarConference[], options: { locale?: 'vi' | 'en'; feed?: { name: string } } = {}) =>
  buildConferenceCalendar({ conferences, t: options.locale === 'en' ? en : vi, locale: options.locale ?? 'vi', appUrl: 'http://hoinghi.local:3000/', now: NOW, ...(options.feed ? { feed: options.feed } : {}) });

describe('a conference as an iCalendar event', () => {
  it('writes 07:30–11:30 in Vietnam as 00:30–04:30 UTC, so every client shows the meeting’s own hours', () => {
    const { events } = parseIcs(build([conference()]));
    expect(events).toHaveLength(1);
    expect(events[0]!.properties.get('DTSTART')).toBe('20230731T003000Z');
    expect(events[0]!.properties.get('DTEND')).toBe('20230731T043000Z');
    // A start before 07:00 in Vietnam falls on the previous day in UTC.
    const early = parseIcs(build([conference({ startsAt: vietnamInstant('2023-08-01', '06:00'), endsAt: vietnamInstant('2023-08-01', '08:00') })]));
    expect(early.events[0]!.properties.get('DTSTART')).toBe('20230731T230000Z');
  });

  it('has a stable UID, the version as SEQUENCE, the injected clock as DTSTAMP and a link to its page', () => {
    const { events } = parseIcs(build([conference()]));
    const event = events[0]!;
    expect(event.properties.get('UID')).toBe(`${ID}@hoi-nghi`);
    expect(conferenceEventUid(ID)).toBe(`${ID}@hoi-nghi`);
    expect(event.properties.get('SEQUENCE')).toBe('2');
    expect(event.properties.get('DTSTAMP')).toBe('20261125T080000Z');
    expect(event.properties.get('LAST-MODIFIED')).toBe('20230801T020000Z');
    expect(event.properties.get('URL')).toBe(`http://hoinghi.local:3000/conferences/${ID}`);
    expect(event.properties.get('STATUS')).toBe('CONFIRMED');
    expect(parseIcs(build([conference({ status: 'DRAFT' })])).events[0]!.properties.get('STATUS')).toBe('TENTATIVE');
  });

  it('keeps Vietnamese text intact in UTF-8, escaped and folded as RFC 5545 asks', () => {
    const ics = build([conference()]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Long lines are folded (a CRLF and a blank), which the reader joins back.
    expect(ics).toMatch(/\r\n[ \t]/);
    // At most 75 octets a line (a Vietnamese letter is 2–3 of them), never splitting a character.
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const event = parseIcs(ics).events[0]!;
    expect(event.text('SUMMARY')).toBe(TITLE);
    expect(event.text('LOCATION')).toBe('Hội trường Sở, số 1 đường Lê Triệu Kiết; Long Xuyên');
    expect(event.properties.get('LOCATION')).toContain('Sở\\, số 1');
  });

  it('describes the time in Vietnam, the host and the agenda with its hours', () => {
    const description = parseIcs(build([conference()])).events[0]!.text('DESCRIPTION');
    expect(description).toBe([
      'Thời gian: 31/07/2023, 07:30–11:30 (giờ Việt Nam)',
      'Đơn vị tổ chức: Đảng ủy Sở Lao động – Thương binh và Xã hội',
      '',
      'Chương trình hội nghị:',
      '1. 07:30–07:45 Khai mạc, giới thiệu đại biểu (Phạm Thị Thu Trang)',
      '2. 07:45 Báo cáo sơ kết giữa nhiệm kỳ',
      '3. Thảo luận',
      '',
      `Xem trên hệ thống: http://hoinghi.local:3000/conferences/${ID}`,
    ].join('\n'));
    const english = parseIcs(build([conference({ agendaItems: [], venue: null })], { locale: 'en' })).events[0]!;
    expect(english.text('DESCRIPTION')).toBe(`Time: 31/07/2023, 07:30–11:30 (Vietnam time)\nHost: Đảng ủy Sở Lao động – Thương binh và Xã hội\n\nOpen in the app: http://hoinghi.local:3000/conferences/${ID}`);
    expect(english.properties.has('LOCATION')).toBe(false);
  });
});

describe('the personal feed', () => {
  it('is one calendar with its name, a refresh hint and an event per conference', () => {
    const second = conference({ id: '0190f0c8-7b1a-7c00-8000-000000000002', title: 'Hội nghị thường kỳ', version: 1 });
    const { header, events } = parseIcs(build([conference(), second], { feed: { name: 'Hội nghị — Võ Minh Khoa' } }));
    expect(header.get('X-WR-CALNAME')).toBe('Hội nghị — Võ Minh Khoa');
    expect(header.get('METHOD')).toBe('PUBLISH');
    expect(header.get('X-PUBLISHED-TTL')).toBe('PT1H');
    expect(header.get('REFRESH-INTERVAL;VALUE=DURATION')).toBe('PT1H');
    expect(header.get('X-WR-TIMEZONE')).toBe('Asia/Ho_Chi_Minh');
    expect(events.map((event) => event.properties.get('UID'))).toEqual([`${ID}@hoi-nghi`, `${second.id}@hoi-nghi`]);
    expect(events[1]!.properties.get('SEQUENCE')).toBe('0');
  });

  it('is a valid empty calendar when there is nothing to show', () => {
    const ics = build([], { feed: { name: 'Hội nghị — Lê Thị Hồng Nhung' } });
    expect(parseIcs(ics)).toMatchObject({ events: [] });
    expect(parseIcs(ics).header.get('X-WR-CALNAME')).toBe('Hội nghị — Lê Thị Hồng Nhung');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('a single download carries no feed headers', () => {
    const { header } = parseIcs(build([conference()]));
    expect(header.has('X-WR-CALNAME')).toBe(false);
    expect(header.has('REFRESH-INTERVAL;VALUE=DURATION')).toBe(false);
  });
});

describe('the download’s file name', () => {
  it('is the title with .ics, without characters Windows refuses', () => {
    expect(calendarFileName('Hội nghị sơ kết giữa nhiệm kỳ')).toBe('Hội nghị sơ kết giữa nhiệm kỳ.ics');
    expect(calendarFileName('Theo KH 274-KH/ĐUSLĐTBXH: "sơ kết"?')).toBe('Theo KH 274-KH ĐUSLĐTBXH sơ kết.ics');
    expect(calendarFileName('  ...  ')).toBe('hoi-nghi.ics');
    expect([...calendarFileName('Hội nghị '.repeat(40))].length).toBeLessThanOrEqual(124);
  });
});
