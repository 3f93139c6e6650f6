import { INTL_TAG, TIME_ZONE, type Locale } from './locale.ts';

// Formatters are cached per locale: constructing Intl objects is far more expensive than using them.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
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
