import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { en } from './messages/en.ts';
import { vi, type Messages } from './messages/vi.ts';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from './locale.ts';

const CATALOGUES: Record<Locale, Messages> = { vi, en };

export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
});

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: CATALOGUES[locale] };
}
