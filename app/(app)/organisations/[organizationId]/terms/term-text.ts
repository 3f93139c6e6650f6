import { romanNumeral, TERM_MAX_SPAN_YEARS } from '@/lib/domain/committee-rules.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { AdminFormField } from '@/components/committee/committee-admin-form.tsx';

/** "Đại hội lần thứ V". */
export const congressLabel = (t: Messages, number: number) => interpolate(t.committees.congressLabel, { number: romanNumeral(number) });

/** The fields of the term form, empty for a new term or filled with the saved one. */
export function termFields(t: Messages, initial?: { name: string; congressNumber: number; startYear: number; endYear: number }): AdminFormField[] {
  const text = t.committees;
  return [
    { name: 'name', label: text.termName, hint: text.termNameHint, kind: 'text', initial: initial?.name },
    { name: 'congressNumber', label: text.congressNumber, hint: text.congressNumberHint, kind: 'number', initial: initial ? String(initial.congressNumber) : undefined },
    { name: 'startYear', label: text.startYear, kind: 'year', span: 'half', initial: initial ? String(initial.startYear) : undefined },
    { name: 'endYear', label: text.endYear, hint: interpolate(text.yearsHint, { max: TERM_MAX_SPAN_YEARS }), kind: 'year', span: 'half', initial: initial ? String(initial.endYear) : undefined },
  ];
}
