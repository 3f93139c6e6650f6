import { z } from 'zod';
import type { ActionState } from './action-state.ts';
import { optionalId, optionalText, versionField } from './fields.ts';

// The result form of a target (/resolutions/<id>/targets/<id>): one figure per period and year, with
// its qualifier ("ước", "dưới", "trên"), source, the conference that reviewed it and an optional
// breakdown (label + value rows). Custom messages are keys of the `errors` catalogue.

export const RESULT_PERIODS = ['YEAR', 'MID_TERM', 'END_OF_TERM'] as const;
export const RESULT_QUALIFIERS = ['EXACT', 'ESTIMATE', 'BELOW', 'ABOVE'] as const;
export const MAX_RESULT_PARTS = 50;

/**
 * Largest figure accepted. With at most 4 decimals (the Decimal(18,4) columns) a value below 10^11
 * has at most 15 significant digits, so it survives the trip through a JavaScript number exactly and
 * the breakdown check (lib/domain/breakdown.ts) compares what was typed.
 */
export const MAX_RESULT_VALUE = 99_999_999_999.9999;

/**
 * A non-negative decimal as a browser's <input type="number"> sends it ("357", "69.5"); a decimal
 * comma ("69,5", as Vietnamese is written) is read too. Exponents, "NaN", "Infinity" and thousands
 * separators are refused rather than guessed: "14.872" means 14872 in Vietnamese and 14.872 in English.
 */
export const decimalValue = z
  .string('required')
  .trim()
  .transform((text) => text.replace(/^(-?\d+),(\d+)$/, '$1.$2'))
  .pipe(
    z
      .string()
      .min(1, 'required')
      .regex(/^-?\d+(\.\d+)?$/, 'targetResult.invalidNumber')
      .regex(/^-?\d+(\.\d{1,4})?$/, 'targetResult.tooManyDecimals'),
  )
  .transform(Number)
  .pipe(z.number().min(0, 'targetResult.negative').max(MAX_RESULT_VALUE, 'targetResult.tooLarge'));

/** A four-digit year; whether it lies in the resolution's term needs the database (the use case checks). */
const year = z
  .string('required')
  .trim()
  .min(1, 'required')
  .regex(/^\d{4}$/, 'targetResult.invalidYear')
  .transform(Number);

/** One row of the breakdown: a blank row (no label, no value) is dropped, a half-filled one refused. */
const partRow = z
  .object({ label: z.string().trim().normalize('NFC').max(200), value: z.string().trim() })
  .transform((row, context) => {
    if (!row.label && !row.value) return null;
    if (!row.label) context.addIssue({ code: 'custom', path: ['label'], message: 'targetResult.partLabelRequired' });
    const value = decimalValue.safeParse(row.value);
    if (!value.success) context.addIssue({ code: 'custom', path: ['value'], message: value.error.issues[0]?.message ?? 'targetResult.invalidNumber' });
    return value.success && row.label ? { label: row.label, value: value.data } : z.NEVER;
  });

const parts = z
  .array(partRow)
  // Blank rows included: a guard against a runaway post, well above what the form shows.
  .max(MAX_RESULT_PARTS * 4, 'targetResult.tooManyParts')
  .transform((rows, context) => {
    const filled: { label: string; value: number }[] = [];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (row === null) return;
      const key = row.label.toLocaleLowerCase('vi');
      if (seen.has(key)) context.addIssue({ code: 'custom', path: [index, 'label'], message: 'targetResult.partLabelDuplicate' });
      seen.add(key);
      filled.push(row);
    });
    if (filled.length > MAX_RESULT_PARTS) context.addIssue({ code: 'custom', path: [], message: 'targetResult.tooManyParts' });
    return filled;
  });

const resultFields = {
  period: z.enum(RESULT_PERIODS, 'targetResult.choosePeriod'),
  year,
  value: decimalValue,
  qualifier: z.enum(RESULT_QUALIFIERS, 'invalidChoice'),
  source: optionalText(500),
  note: optionalText(2000),
  conferenceId: optionalId,
  breakdownLabel: optionalText(200),
  parts,
};

/** Form fields repeated once per row, as `formValues` hands them over: a string, an array, or nothing. */
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The form posts `partLabel` and `partValue` once per row, in row order; they become `parts`, so a
 * message about row 3 comes back as `parts.2.label` or `parts.2.value`, next to that row.
 */
function withPartRows<S extends z.ZodType>(schema: S) {
  return z.preprocess((input) => {
    if (typeof input !== 'object' || input === null || 'parts' in input) return input;
    const { partLabel, partValue, ...rest } = input as Record<string, unknown>;
    const labels = list(partLabel);
    const values = list(partValue);
    const rows = Array.from({ length: Math.max(labels.length, values.length) }, (_, index) => ({ label: labels[index] ?? '', value: values[index] ?? '' }));
    return { ...rest, parts: rows };
  }, schema);
}

export const addTargetResultSchema = withPartRows(z.object({ targetId: z.uuid('invalidChoice'), ...resultFields }));

export const updateTargetResultSchema = withPartRows(z.object({ resultId: z.uuid('invalidChoice'), version: versionField, ...resultFields }));

export const removeTargetResultSchema = z.object({ resultId: z.uuid('invalidChoice'), version: versionField });

export type TargetResultFields = z.output<z.ZodObject<typeof resultFields>>;
export type AddTargetResultInput = z.output<typeof addTargetResultSchema>;
export type UpdateTargetResultInput = z.output<typeof updateTargetResultSchema>;
export type RemoveTargetResultInput = z.output<typeof removeTargetResultSchema>;

/** What the result form's actions answer: a saved result may carry a warning (a breakdown that does not add up). */
export type TargetResultFormState = ActionState | { status: 'success'; message: string; warning: string | null };
