import { INTL_TAG, TIME_ZONE, type Locale } from './locale.ts';

// Formatters are cached per locale: constructing Intl objects is far more expensive than using them.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

/** 31/07/2023 — an instant shown in Vietnam time, in both languages (the office's documents use it). */
export function formatDate(value: Date, locale: Locale): string {
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' })).format(value);
}

/** A calendar date stored as a DATE column (midnight UTC), shown without shifting the day. */
export function formatCalendarDate(value: Date, locale: Locale): string {
  return cached(`cdate:${locale}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' })).format(value);
}

export function formatTime(value: Date, locale: Locale): string {
  return cached(`time:${locale}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(value);
}

/** 14.872 and 69,5 in Vietnamese; at most two decimals, none when whole. */
export function formatNumber(value: number, locale: Locale): string {
  return cached(`num:${locale}`, () => new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2 })).format(value);
}

/** "69,5 %": the number in the locale's format followed by a spaced percent sign, as the office writes it. */
export function formatPercent(value: number, locale: Locale): string {
  return `${formatNumber(value, locale)} %`;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
// Vietnam has kept UTC+7 without daylight saving since 1975 (lib/domain/vietnam-time.ts).
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;
const vietnamDay = (instant: Date) => Math.floor((instant.getTime() + VIETNAM_OFFSET_MS) / DAY_MS);

/**
 * How long ago (or ahead) an instant is, as people say it in Vietnam: "bây giờ", "5 phút trước",
 * "3 giờ trước", "hôm qua", "3 ngày trước", "2 tháng trước", "sau 5 ngày nữa" ("now", "5 minutes ago",
 * "yesterday", "in 5 days"). Days are calendar days in Vietnam time, so 23:50 yesterday is "hôm qua" at
 * 00:10 today; within the same day it counts minutes and hours. `now` comes from the injected clock
 * (lib/clock.ts), never from `new Date()` here, so a page and its tests agree on what "today" is.
 * Next to a date, not instead of it: the exact date stays on the page.
 */
export function formatRelativeTime(value: Date, now: Date, locale: Locale): string {
  const days = vietnamDay(value) - vietnamDay(now);
  const [amount, unit] = relativeAmount(value.getTime() - now.getTime(), days);
  // 'auto' says "hôm qua" for −1 day; months and years are lengths, not calendar ones ("tháng trước" would
  // be last calendar month), so they always take a number.
  const numeric = unit === 'month' || unit === 'year' ? 'always' : 'auto';
  const text = cached(`rel:${numeric}:${locale}`, () => new Intl.RelativeTimeFormat(INTL_TAG[locale], { numeric })).format(amount, unit);
  // ICU writes "Hôm qua", "Ngày mai" capitalised; the phrase sits mid-line.
  return text.charAt(0).toLocaleLowerCase(INTL_TAG[locale]) + text.slice(1);
}

function relativeAmount(ms: number, days: number): [number, Intl.RelativeTimeFormatUnit] {
  if (days === 0) {
    if (Math.abs(ms) < MINUTE_MS) return [0, 'second'];
    if (Math.abs(ms) < HOUR_MS) return [Math.trunc(ms / MINUTE_MS), 'minute'];
    return [Math.trunc(ms / HOUR_MS), 'hour'];
  }
  if (Math.abs(days) < 30) return [days, 'day'];
  // Months and years as lengths of time (45 days ago is "1 tháng trước"), never 0.
  if (Math.abs(days) < 365) return [Math.trunc(days / 30), 'month'];
  return [Math.trunc(days / 365), 'year'];
}
