// The look shared by every chart: the app's fonts and greys, Vietnamese (or English) number formats on
// the axes, and no ARIA of Vega's own inside the SVG: the <svg> is one role="img" with a label, and the
// figures are in a table beside it (components/dashboard/chart-figure.tsx).
import type { Config } from 'vega';
import type { Locale } from '../i18n/locale.ts';

/** Number formats as lib/i18n/format.ts writes them: 14.872 and 69,5 in Vietnamese, 14,872 and 69.5 in English. */
const NUMBER_LOCALE = {
  vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'] as [string, string] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ' VND'] as [string, string] },
} as const;

/** globals.css's --font-sans: Vietnamese diacritics render in the same face as the page. */
export const CHART_FONT = 'Segoe UI, Noto Sans, Helvetica Neue, Arial, system-ui, sans-serif';

/** Colours (Tailwind's palette, as the page's badges use): each has 4.5:1 or more against white. */
export const CHART_COLORS = {
  good: '#15803d', // green-700
  warn: '#b45309', // amber-700
  bad: '#b91c1c', // red-700
  neutral: '#57534e', // stone-600
  info: '#0369a1', // sky-700
  goal: '#15803d',
  goalBand: '#bbf7d0', // green-200, behind the marks
  grid: '#e7e5e4', // stone-200
  text: '#1c1917', // stone-900
} as const;

/** Axis numbers: thousands grouped, at most two decimals, no trailing zeros. */
export const NUMBER_FORMAT = ',.2~f';

export function chartConfig(locale: Locale): Config {
  return {
    locale: { number: { ...NUMBER_LOCALE[locale], grouping: [...NUMBER_LOCALE[locale].grouping] } },
    background: '#ffffff',
    axis: {
      aria: false, labelFont: CHART_FONT, titleFont: CHART_FONT, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal',
      labelColor: CHART_COLORS.text, titleColor: CHART_COLORS.neutral, domainColor: '#a8a29e', tickColor: '#a8a29e', gridColor: CHART_COLORS.grid,
    },
    legend: { aria: false, labelFont: CHART_FONT, labelFontSize: 12, labelColor: CHART_COLORS.text, labelLimit: 240 },
    text: { font: CHART_FONT, fontSize: 12, fill: CHART_COLORS.text },
  };
}
