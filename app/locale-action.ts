'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/locale.ts';

const localeSchema = z.object({ locale: z.enum(LOCALES) });

/** Switches the interface language; kept in a cookie so it also applies before login. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}
