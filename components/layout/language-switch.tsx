import { setLocale } from '@/app/locale-action.ts';
import type { Locale } from '@/lib/i18n/locale.ts';

const LABELS: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

/** Two small submit buttons; works without JavaScript. */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={setLocale} className="flex items-center gap-1 text-sm" aria-label={label}>
      {(Object.keys(LABELS) as Locale[]).map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          lang={locale}
          className="rounded px-2 py-1 aria-pressed:bg-white/20 aria-pressed:font-semibold hover:bg-white/10"
        >
          {LABELS[locale]}
        </button>
      ))}
    </form>
  );
}
