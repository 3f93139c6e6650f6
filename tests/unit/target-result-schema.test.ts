import { describe, expect, it } from 'vitest';
import { addTargetResultSchema, decimalValue, removeTargetResultSchema, updateTargetResultSchema } from '../../lib/schemas/target-result.ts';

const TARGET_ID = '01900000-0000-7000-8000-000000000001';

/** The form as `formValues` hands it over: part rows as repeated fields. */
function form(overrides: Record<string, string | string[]> = {}) {
  return {
    targetId: TARGET_ID, period: 'YEAR', year: '2023', value: '357', qualifier: 'EXACT', source: '', note: '', conferenceId: '', breakdownLabel: '',
    partLabel: ['', ''], partValue: ['', ''], ...overrides,
  };
}

/** The input without some fields, as a form that does not send them. */
const without = (input: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(input).filter(([key]) => !keys.includes(key)));

/** Message key per field path, the first one as the action shows it. */
function messages(input: unknown, schema: typeof addTargetResultSchema | typeof updateTargetResultSchema = addTargetResultSchema): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string> = {};
  for (const issue of result.error.issues) byField[issue.path.join('.') || 'form'] ??= issue.message;
  return byField;
}

describe('a result figure', () => {
  it('reads what a number input sends, and a decimal comma', () => {
    expect(decimalValue.parse('357')).toBe(357);
    expect(decimalValue.parse(' 69.5 ')).toBe(69.5);
    expect(decimalValue.parse('69,5')).toBe(69.5);
    expect(decimalValue.parse('0')).toBe(0);
    expect(decimalValue.parse('2.8125')).toBe(2.8125);
  });

  it('refuses what it would have to guess, each with its own message', () => {
    const keyOf = (text: string) => decimalValue.safeParse(text).error?.issues[0]?.message;
    expect(keyOf('')).toBe('required');
    expect(keyOf('NaN')).toBe('targetResult.invalidNumber');
    expect(keyOf('Infinity')).toBe('targetResult.invalidNumber');
    expect(keyOf('1e5')).toBe('targetResult.invalidNumber');
    // Thousands separators mean different things in Vietnamese and English.
    expect(keyOf('14.872,5')).toBe('targetResult.invalidNumber');
    expect(keyOf('-1')).toBe('targetResult.negative');
    expect(keyOf('1.23456')).toBe('targetResult.tooManyDecimals');
    expect(keyOf('100000000000')).toBe('targetResult.tooLarge');
  });
});

describe('the result form schema', () => {
  it('turns the part rows into parts in the order typed, dropping blank rows', () => {
    const data = addTargetResultSchema.parse(form({
      breakdownLabel: ' Theo quốc gia ',
      partLabel: ['Nhật Bản', '', 'Đài Loan', ''], partValue: ['233', '', '106', ''],
    }));
    expect(data).toMatchObject({ period: 'YEAR', year: 2023, value: 357, qualifier: 'EXACT', source: null, conferenceId: null, breakdownLabel: 'Theo quốc gia' });
    expect(data.parts).toEqual([{ label: 'Nhật Bản', value: 233 }, { label: 'Đài Loan', value: 106 }]);
  });

  it('accepts a single row sent as plain strings, and no rows at all', () => {
    expect(addTargetResultSchema.parse(form({ partLabel: 'Cao đẳng', partValue: '3379' })).parts).toEqual([{ label: 'Cao đẳng', value: 3379 }]);
    expect(addTargetResultSchema.parse(without(form(), 'partLabel', 'partValue')).parts).toEqual([]);
  });

  it('puts each refusal next to its field, part rows by their index', () => {
    expect(messages(form({ period: 'QUARTER', year: '23', value: '-5', qualifier: 'ROUGHLY', conferenceId: 'x' }))).toEqual({
      period: 'targetResult.choosePeriod',
      year: 'targetResult.invalidYear',
      value: 'targetResult.negative',
      qualifier: 'invalidChoice',
      conferenceId: 'invalidChoice',
    });
    expect(messages(form({ value: 'NaN', partLabel: ['Nhật Bản', '', 'Nga'], partValue: ['233', '106', 'nhiều'] }))).toEqual({
      value: 'targetResult.invalidNumber',
      'parts.1.label': 'targetResult.partLabelRequired',
      'parts.2.value': 'targetResult.invalidNumber',
    });
    expect(messages(form({ partLabel: ['Nhật Bản'], partValue: [''] }))).toEqual({ 'parts.0.value': 'required' });
  });

  it('refuses the same part named twice, whatever the case', () => {
    expect(messages(form({ partLabel: ['Nhật Bản', 'nhật bản'], partValue: ['1', '2'] }))).toEqual({ 'parts.1.label': 'targetResult.partLabelDuplicate' });
  });

  it('refuses more than 50 parts', () => {
    const labels = Array.from({ length: 51 }, (_, index) => `Phần ${index + 1}`);
    expect(messages(form({ partLabel: labels, partValue: labels.map(() => '1') }))).toEqual({ parts: 'targetResult.tooManyParts' });
  });

  it('an edit or a removal needs the result and the version the form was loaded with', () => {
    const fields = without(form(), 'targetId');
    expect(messages({ ...fields, resultId: TARGET_ID }, updateTargetResultSchema)).toHaveProperty('version');
    expect(updateTargetResultSchema.parse({ ...fields, resultId: TARGET_ID, version: '3' }).version).toBe(3);
    expect(removeTargetResultSchema.safeParse({ resultId: TARGET_ID }).success).toBe(false);
  });
});
