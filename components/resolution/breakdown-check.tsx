import type { BreakdownCheck as Check } from '@/lib/domain/breakdown.ts';
import { formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

/** "Các thành phần cộng lại 343, khác tổng 357 (chênh -14)." — or that they add up. */
export function breakdownMessage(check: Check, t: Messages, locale: Locale): string {
  return check.matches
    ? t.resolutions.breakdownMatches
    : interpolate(t.resolutions.breakdownMismatch, { sum: formatNumber(check.sum, locale), total: formatNumber(check.total, locale), difference: formatNumber(check.difference, locale) });
}

interface Props {
  result: { breakdownLabel: string | null; parts: { label: string; value: number }[]; breakdown: Check };
  t: Messages;
  locale: Locale;
}

/** A result's parts, open and flagged when they do not add up to its total. */
export function BreakdownCheck({ result, t, locale }: Props) {
  const check = result.breakdown;
  return (
    <details className="mt-1 text-xs" open={!check.matches}>
      <summary className="cursor-pointer text-stone-700">{result.breakdownLabel ?? t.resolutions.breakdown}</summary>
      <ul className="mt-1 space-y-0.5">
        {result.parts.map((part) => (
          <li key={part.label} className="flex justify-between gap-4 tabular-nums"><span>{part.label}</span><span>{formatNumber(part.value, locale)}</span></li>
        ))}
      </ul>
      <p role={check.matches ? undefined : 'alert'} data-testid="breakdown-check" className={`mt-1 rounded px-1.5 py-0.5 ${check.matches ? 'bg-green-50 text-green-900' : 'bg-red-50 font-medium text-red-900'}`}>
        {breakdownMessage(check, t, locale)}
      </p>
    </details>
  );
}
