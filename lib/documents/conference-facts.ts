import 'server-only';
import { vietnamDateOf, vietnamTimeOf } from '../domain/vietnam-time.ts';
import { formatCalendarDate, formatDate } from '../i18n/format.ts';
import { spokenTime, weekdayOf } from './party-layout.ts';

// What every official document says about its conference, and how it says it (always in Vietnamese:
// these are the Party's documents, whatever language the reader has chosen in the app).

export interface ConferenceFacts {
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  plan: { officialNumber: string; issuedOn: Date } | null;
  chairs: readonly { fullName: string; title: string | null }[];
  secretary: { fullName: string } | null;
}

/** The Vietnam calendar day of the conference, 'YYYY-MM-DD'. */
export function conferenceDay(conference: Pick<ConferenceFacts, 'startsAt'>): string {
  return vietnamDateOf(conference.startsAt);
}

/** "07 giờ 30 phút, thứ Hai, ngày 31/07/2023". */
export function whenText(conference: Pick<ConferenceFacts, 'startsAt'>): string {
  const day = conferenceDay(conference);
  return `${spokenTime(vietnamTimeOf(conference.startsAt))}, ${weekdayOf(day)}, ngày ${formatDate(conference.startsAt, 'vi')}`;
}

/** "07 giờ 30 phút" of an instant in Vietnam. */
export function timeText(instant: Date): string {
  return spokenTime(vietnamTimeOf(instant));
}

/** "Kế hoạch số 274-KH/ĐUSLĐTBXH ngày 13/03/2023", or null without a plan. */
export function planReference(conference: Pick<ConferenceFacts, 'plan'>): string | null {
  const { plan } = conference;
  return plan ? `Kế hoạch số ${plan.officialNumber} ngày ${formatCalendarDate(plan.issuedOn, 'vi')}` : null;
}

/** "đồng chí Nguyễn Văn Hùng, Giám đốc Sở" (and the others, joined). */
export function comrades(people: readonly { fullName: string; title?: string | null }[]): string {
  return people.map((person) => `đồng chí ${person.fullName}${person.title ? `, ${person.title}` : ''}`).join('; ');
}

