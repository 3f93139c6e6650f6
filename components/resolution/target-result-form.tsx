'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Field, INPUT_CLASS } from '@/components/ui/field.tsx';
import { FormStatus } from '@/components/ui/form-status.tsx';
import { checkBreakdown, type BreakdownCheck } from '@/lib/domain/breakdown.ts';
import { formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { IDLE } from '@/lib/schemas/action-state.ts';
import { decimalValue, RESULT_PERIODS, RESULT_QUALIFIERS, type TargetResultFormState } from '@/lib/schemas/target-result.ts';

export interface ResultFormValues {
  period: string;
  year: string;
  value: string;
  qualifier: string;
  source: string;
  note: string;
  conferenceId: string;
  breakdownLabel: string;
  parts: { label: string; value: string }[];
}

interface Props {
  action: (state: TargetResultFormState, formData: FormData) => Promise<TargetResultFormState>;
  /** What is saved: the target (a new result) or the result and the version the form was loaded with. */
  hidden: { targetId: string } | { resultId: string; version: string };
  initial: ResultFormValues;
  /** "%", "người": shown in the value's label. */
  unitLabel: string;
  term: { startYear: number; endYear: number };
  conferences: { id: string; label: string }[];
  text: Messages['targets']['form'];
  checkText: { matches: string; mismatch: string };
  locale: Locale;
  /** Where "stop editing" leads; absent on the form that adds. */
  cancelHref?: string;
}

interface PartRow {
  key: number;
  label: string;
  value: string;
}

const rowsOf = (parts: ResultFormValues['parts']): PartRow[] =>
  // One blank row after the filled ones, so a breakdown can be started (or grown by one) without script.
  [...parts, { label: '', value: '' }].map((part, index) => ({ key: index + 1, ...part }));

/** The parts' check as the user types, with the same rules the server applies. */
function liveCheck(total: string, rows: PartRow[]): BreakdownCheck | null {
  const totalValue = decimalValue.safeParse(total);
  const filled = rows.filter((row) => row.value.trim() !== '');
  if (!totalValue.success || filled.length === 0) return null;
  const values = filled.map((row) => decimalValue.safeParse(row.value));
  if (!values.every((value) => value.success)) return null;
  return checkBreakdown(totalValue.data, values.map((value) => value.data));
}

/**
 * Adds a result to a target or edits one: period and year, value and its qualifier, source, note, the
 * conference that reviewed it, and the breakdown rows. The server action is the form's action, so it
 * works before the page's script has loaded; rows are added with a button once it has.
 */
export function TargetResultForm({ action, hidden, initial, unitLabel, term, conferences, text, checkText, locale, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [value, setValue] = useState(initial.value);
  const [rows, setRows] = useState<PartRow[]>(() => rowsOf(initial.parts));
  // A result added: the next one starts blank (React resets the uncontrolled fields itself).
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.status === 'success' && 'targetId' in hidden) {
      setValue('');
      setRows(rowsOf([]));
    }
  }

  const values = { ...initial, ...(state.status === 'error' ? state.values : {}) };
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const warning = state.status === 'success' && 'warning' in state && typeof state.warning === 'string' ? state.warning : null;
  const check = liveCheck(value, rows);

  const update = (key: number, change: Partial<PartRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const addRow = () => setRows((current) => [...current, { key: Math.max(0, ...current.map((row) => row.key)) + 1, label: '', value: '' }]);
  const removeRow = (key: number) => setRows((current) => (current.length > 1 ? current.filter((row) => row.key !== key) : [{ key: key + 1, label: '', value: '' }]));

  return (
    // The key re-mounts the fields with what the user typed after a refused save (React resets forms).
    <form action={formAction} key={state.status === 'error' ? JSON.stringify(state.values) : 'initial'} className="space-y-4" noValidate data-testid="target-result-form">
      <FormStatus state={state} />
      {warning ? <p role="alert" data-testid="result-warning" className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">{warning}</p> : null}
      {Object.entries(hidden).map(([name, hiddenValue]) => <input key={name} type="hidden" name={name} value={hiddenValue} />)}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="period" label={text.period} error={errors.period}>
          {(props) => (
            <select {...props} defaultValue={values.period} required>
              {RESULT_PERIODS.map((period) => <option key={period} value={period}>{text.periods[period]}</option>)}
            </select>
          )}
        </Field>
        <Field name="year" label={text.year} hint={interpolate(text.yearHint, { start: term.startYear, end: term.endYear })} error={errors.year}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={term.startYear} max={term.endYear} step={1} defaultValue={values.year} required />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="value" label={interpolate(text.value, { unit: unitLabel })} hint={text.valueHint} error={errors.value}>
          {(props) => <input {...props} type="number" inputMode="decimal" min={0} step="any" value={value} onChange={(event) => setValue(event.target.value)} required />}
        </Field>
        <Field name="qualifier" label={text.qualifier} error={errors.qualifier}>
          {(props) => (
            <select {...props} defaultValue={values.qualifier}>
              {RESULT_QUALIFIERS.map((qualifier) => <option key={qualifier} value={qualifier}>{text.qualifiers[qualifier]}</option>)}
            </select>
          )}
        </Field>
        <Field name="conferenceId" label={text.conference} error={errors.conferenceId}>
          {(props) => (
            <select {...props} defaultValue={values.conferenceId}>
              <option value="">{text.noConference}</option>
              {conferences.map((conference) => <option key={conference.id} value={conference.id}>{conference.label}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field name="source" label={text.source} hint={text.sourceHint} error={errors.source}>
        {(props) => <input {...props} defaultValue={values.source} autoComplete="off" />}
      </Field>
      <Field name="note" label={text.note} error={errors.note}>
        {(props) => <textarea {...props} defaultValue={values.note} rows={2} />}
      </Field>
      <fieldset className="space-y-3 rounded-md border border-stone-200 p-3" aria-describedby="result-parts-hint">
        <legend className="px-1 text-sm font-medium text-stone-800">{text.breakdown}</legend>
        <p id="result-parts-hint" className="text-xs text-stone-600">{text.breakdownHint}</p>
        <Field name="breakdownLabel" label={text.breakdownLabel} hint={text.breakdownLabelHint} error={errors.breakdownLabel}>
          {(props) => <input {...props} defaultValue={values.breakdownLabel} autoComplete="off" />}
        </Field>
        {errors.parts ? <p role="alert" className="text-sm text-red-700">{errors.parts}</p> : null}
        <ol className="space-y-2">
          {rows.map((row, index) => {
            const rowName = interpolate(text.partRow, { number: index + 1 });
            const labelError = errors[`parts.${index}.label`];
            const valueError = errors[`parts.${index}.value`];
            const id = `part-${row.key}`;
            return (
              <li key={row.key} className="grid gap-2 sm:grid-cols-[1fr_10rem_auto] sm:items-start" data-testid="part-row">
                <div>
                  <label htmlFor={`${id}-label`} className="block text-xs font-medium text-stone-700">{text.partLabel} <span className="sr-only">({rowName})</span></label>
                  <input
                    id={`${id}-label`} name="partLabel" value={row.label} onChange={(event) => update(row.key, { label: event.target.value })} autoComplete="off"
                    aria-invalid={Boolean(labelError)} aria-describedby={labelError ? `${id}-label-error` : undefined} className={INPUT_CLASS}
                  />
                  {labelError ? <p id={`${id}-label-error`} className="mt-1 text-sm text-red-700">{labelError}</p> : null}
                </div>
                <div>
                  <label htmlFor={`${id}-value`} className="block text-xs font-medium text-stone-700">{text.partValue} <span className="sr-only">({rowName})</span></label>
                  <input
                    id={`${id}-value`} name="partValue" type="number" inputMode="decimal" min={0} step="any" value={row.value} onChange={(event) => update(row.key, { value: event.target.value })}
                    aria-invalid={Boolean(valueError)} aria-describedby={valueError ? `${id}-value-error` : undefined} className={INPUT_CLASS}
                  />
                  {valueError ? <p id={`${id}-value-error`} className="mt-1 text-sm text-red-700">{valueError}</p> : null}
                </div>
                <button type="button" onClick={() => removeRow(row.key)} className="mt-5 rounded-md px-2 py-2 text-sm text-red-800 hover:bg-red-50">
                  <span aria-hidden="true">×</span><span className="sr-only">{interpolate(text.removePart, { number: index + 1 })}</span>
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={addRow} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:border-brand-600">{text.addPart}</button>
        <p role="status" data-testid="parts-check" className={check === null ? 'sr-only' : `rounded px-2 py-1 text-sm ${check.matches ? 'bg-green-50 text-green-900' : 'bg-amber-50 font-medium text-amber-900'}`}>
          {check === null
            ? ''
            : check.matches
              ? checkText.matches
              : interpolate(checkText.mismatch, { sum: formatNumber(check.sum, locale), total: formatNumber(check.total, locale), difference: formatNumber(check.difference, locale) })}
        </p>
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? text.saving : text.save}
        </button>
        {cancelHref ? <Link href={cancelHref} className="rounded-md px-4 py-2 text-sm">{text.cancelEdit}</Link> : null}
      </div>
    </form>
  );
}
