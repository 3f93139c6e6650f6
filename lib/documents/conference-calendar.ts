import { createEvents, type DateTime, type EventAttributes } from 'ics';
import type { ConferenceStatus } from '../domain/conference-status.ts';
import { formatDate, formatTime } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import type { Locale } from '../i18n/locale.ts';
import { TIME_ZONE } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages/vi.ts';

// Conferences as iCalendar (RFC 5545), for a one-off .ics download and for the personal feed that
// calendar apps subscribe to. Times are written in UTC ("20230731T003000Z" for 07:30 in Vietnam): every
// client converts them to the time zone of the device, so nobody depends on a VTIMEZONE block or on the
// client knowing Asia/Ho_Chi_Minh, and 07:30 in Hanoi shows as 07:30 on a phone set to Vietnam time.

export const ICS_MIME_TYPE = 'text/calendar; charset=utf-8';
const PRODUCT_ID = '-//Van phong Dang uy//Quan ly hoi nghi//VI';
/** How often a subscribed client should fetch the feed again (the library itself writes X-PUBLISHED-TTL:PT1H). */
const PUBLISHED_TTL_LINE = 'X-PUBLISHED-TTL:PT1H\r\n';
const FEED_HEADER_LINES = `REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-WR-TIMEZONE:${TIME_ZONE}\r\n`;

/**
 * The library takes DTSTAMP from `timestamp` (its schema and formatter read it; the default is the
 * machine's clock) but its type declarations leave it out: the app's clock is injected (lib/clock.ts).
 */
type IcsEvent = EventAttributes & { timestamp: DateTime };

/** A conference as the calendar shows it (what lib/server/calendar selects). */
export interface CalendarConference {
  id: string;
  title: string;
  status: ConferenceStatus;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  /** Bumped on every edit: the event's SEQUENCE, so a client replaces its older copy. */
  version: number;
  updatedAt: Date;
  hostOrganization: { name: string };
  agendaItems: { startsAt: Date | null; durationMinutes: number | null; title: string; presenter: string | null }[];
}

interface CalendarOptions {
  conferences: CalendarConference[];
  t: Messages;
  locale: Locale;
  /** The app's public URL (NEXTAUTH_URL): each event links to its conference page. */
  appUrl: string;
  /** DTSTAMP: when the file was made. */
  now: Date;
  /** A subscribed feed: its name in the calendar app and a refresh hint. */
  feed?: { name: string };
}

/** The UID of a conference's event: stable, so a second import or the next feed refresh updates it. */
export function conferenceEventUid(conferenceId: string): string {
  return `${conferenceId}@hoi-nghi`;
}

/**
 * "<title>.ics" for the download: characters Windows cannot save ("/" in "274-KH/ĐUSLĐTBXH") and
 * invisible ones become spaces; a very long title is cut by code point, never inside a letter.
 */
export function calendarFileName(title: string): string {
  const cleaned = [...title.normalize('NFC').replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]/gu, ' ').replace(/\s+/g, ' ').trim()].slice(0, 120).join('').replace(/[.\s]+$/, '');
  return `${cleaned || 'hoi-nghi'}.ics`;
}

/** One VCALENDAR with a VEVENT per conference. */
export function buildConferenceCalendar({ conferences, t, locale, appUrl, now, feed }: CalendarOptions): string {
  const events = conferences.map((conference) => conferenceEvent(conference, { t, locale, appUrl, now }));
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: 'PUBLISH', ...(feed ? { calName: feed.name } : {}) });
  if (error || value === null) throw error ?? new Error('The calendar could not be built');
  if (!feed) return foldLines(value);
  // The library writes only PRODID, METHOD, X-WR-CALNAME and X-PUBLISHED-TTL in the header; RFC 7986's
  // REFRESH-INTERVAL (honoured by Apple's and newer clients) goes right after the TTL it repeats.
  if (!value.includes(PUBLISHED_TTL_LINE)) throw new Error('Unexpected calendar header from the ics library');
  return foldLines(value.replace(PUBLISHED_TTL_LINE, `${PUBLISHED_TTL_LINE}${FEED_HEADER_LINES}`));
}

/**
 * Lines of at most 75 octets, as RFC 5545 §3.1 asks. The library folds at 75 characters, and a
 * Vietnamese letter takes two or three octets in UTF-8, so its lines run up to 225 octets: refold them,
 * never inside a character.
 */
export function foldLines(ics: string): string {
  const encoder = new TextEncoder();
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const character of line) {
        const size = encoder.encode(character).length;
        // A continuation line starts with a space, which counts towards its 75.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

function conferenceEvent(conference: CalendarConference, { t, locale, appUrl, now }: Omit<CalendarOptions, 'conferences' | 'feed'>): IcsEvent {
  const url = `${appUrl.replace(/\/+$/, '')}/conferences/${conference.id}`;
  return {
    uid: conferenceEventUid(conference.id),
    sequence: Math.max(0, conference.version - 1),
    timestamp: now.getTime(),
    lastModified: conference.updatedAt.getTime(),
    // Instants in, instants out: the library formats them as UTC with a trailing Z.
    start: conference.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: conference.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: conference.title,
    ...(conference.venue ? { location: conference.venue } : {}),
    description: eventDescription(conference, { t, locale, url }),
    url,
    // A draft is shown only to the office that prepares it, and may still move.
    status: conference.status === 'DRAFT' ? 'TENTATIVE' : 'CONFIRMED',
    busyStatus: 'BUSY',
  };
}

/** The text under the event: time in Vietnam, host, the agenda with its times, and the link. */
export function eventDescription(conference: CalendarConference, { t, locale, url }: { t: Messages; locale: Locale; url: string }): string {
  const text = t.calendar.event;
  const lines = [
    interpolate(text.time, { date: formatDate(conference.startsAt, locale), start: formatTime(conference.startsAt, locale), end: formatTime(conference.endsAt, locale) }),
    interpolate(text.host, { name: conference.hostOrganization.name }),
  ];
  if (conference.agendaItems.length > 0) {
    lines.push('', text.agenda);
    conference.agendaItems.forEach((item, index) => lines.push(agendaLine(item, index + 1, locale)));
  }
  lines.push('', interpolate(text.link, { url }));
  return lines.join('\n');
}

function agendaLine(item: CalendarConference['agendaItems'][number], number: number, locale: Locale): string {
  const start = item.startsAt ? formatTime(item.startsAt, locale) : null;
  const end = item.startsAt && item.durationMinutes ? formatTime(new Date(item.startsAt.getTime() + item.durationMinutes * 60_000), locale) : null;
  const time = start ? `${start}${end ? `–${end}` : ''} ` : '';
  return `${number}. ${time}${item.title}${item.presenter ? ` (${item.presenter})` : ''}`;
}
