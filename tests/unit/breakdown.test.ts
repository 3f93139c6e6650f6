import { describe, expect, it } from 'vitest';
import { checkBreakdown } from '../../lib/domain/breakdown.ts';

describe('checkBreakdown', () => {
  it('flags the report’s workers-abroad footnote: 233 + 106 + 2 + 1 + 1 = 343, not 357', () => {
    expect(checkBreakdown(357, [233, 106, 2, 1, 1])).toEqual({ sum: 343, total: 357, difference: -14, matches: false, hasParts: true });
  });

  it('accepts the vocational-training footnote: 3.379 + 7.290 + 64.240 = 74.909', () => {
    expect(checkBreakdown(74909, [3379, 7290, 64240])).toEqual({ sum: 74909, total: 74909, difference: 0, matches: true, hasParts: true });
  });

  it('compares in decimal: 0.1 + 0.2 equals 0.3', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the trap this guards against
    expect(checkBreakdown(0.3, [0.1, 0.2])).toEqual({ sum: 0.3, total: 0.3, difference: 0, matches: true, hasParts: true });
  });

  it('sees a difference of one ten-thousandth (Decimal(18,4))', () => {
    expect(checkBreakdown(1, [0.3333, 0.3333, 0.3333])).toMatchObject({ sum: 0.9999, difference: -0.0001, matches: false });
    expect(checkBreakdown(69.5, [28.5, 41.0001])).toMatchObject({ difference: 0.0001, matches: false });
  });

  it('reports a positive difference when the parts exceed the total', () => {
    expect(checkBreakdown(10, [6, 5])).toMatchObject({ sum: 11, difference: 1, matches: false });
  });

  it('handles decimal totals with integer parts and mixed scales', () => {
    expect(checkBreakdown(2.5, [1, 1.25, 0.25])).toMatchObject({ matches: true, sum: 2.5 });
    expect(checkBreakdown(14872.81, [14872, 0.8, 0.01])).toMatchObject({ matches: true, difference: 0 });
  });

  it('handles negatives, zero and numbers printed in exponent form', () => {
    expect(checkBreakdown(0, [1.5, -1.5])).toMatchObject({ sum: 0, difference: 0, matches: true });
    expect(checkBreakdown(3e-7, [1e-7, 2e-7])).toMatchObject({ matches: true });
    expect(checkBreakdown(2e21, [1e21, 1e21])).toMatchObject({ matches: true, sum: 2e21 });
    expect(checkBreakdown(1e21, [1e21, 1])).toMatchObject({ matches: false, difference: 1 });
  });

  it('says when there is nothing to check', () => {
    expect(checkBreakdown(357, [])).toEqual({ sum: 0, total: 357, difference: 0, matches: true, hasParts: false });
  });

  it('a single part must equal the total', () => {
    expect(checkBreakdown(5, [5]).matches).toBe(true);
    expect(checkBreakdown(5, [4]).matches).toBe(false);
  });

  it('rejects non-finite numbers', () => {
    expect(() => checkBreakdown(Number.NaN, [1])).toThrow(RangeError);
    expect(() => checkBreakdown(1, [Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});
