export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
export const LOCALE_COOKIE = 'locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Intl locale tags: Vietnamese formats are the product's norm (dd/mm/yyyy, 69,5). */
export const INTL_TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
