import { describe, expect, it } from 'vitest';
import { computeQuorum, countAttendance } from '../../lib/domain/quorum.ts';

describe('computeQuorum', () => {
  it.each([
    // expected, required
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 4],
    [6, 4],
    [7, 5],
    [9, 6],
    [13, 9],
    [15, 10],
    [100, 67],
  ])('%i members need %i present', (expected, required) => {
    expect(computeQuorum({ expected, present: 0 }).required).toBe(required);
    expect(computeQuorum({ expected, present: required }).met).toBe(true);
    expect(computeQuorum({ expected, present: required - 1 }).met).toBe(false);
  });

  it('required is exactly ⌈2n/3⌉ for every size up to 1000', () => {
    for (let n = 0; n <= 1000; n++) {
      const { required } = computeQuorum({ expected: n, present: 0 });
      expect(3 * required).toBeGreaterThanOrEqual(2 * n); // at least two thirds
      expect(3 * (required - 1)).toBeLessThan(2 * n || 1); // and no more than needed
    }
  });

  it('reports the shortfall', () => {
    expect(computeQuorum({ expected: 100, present: 60 })).toEqual({ expected: 100, present: 60, required: 67, met: false, shortfall: 7 });
    expect(computeQuorum({ expected: 100, present: 90 })).toEqual({ expected: 100, present: 90, required: 67, met: true, shortfall: 0 });
  });

  it('a body with no members never has a quorum', () => {
    expect(computeQuorum({ expected: 0, present: 0 })).toEqual({ expected: 0, present: 0, required: 0, met: false, shortfall: 0 });
  });

  it('more present than expected still meets it', () => {
    expect(computeQuorum({ expected: 3, present: 4 }).met).toBe(true);
  });

  it('rejects counts that are not whole numbers ≥ 0', () => {
    expect(() => computeQuorum({ expected: -1, present: 0 })).toThrow(RangeError);
    expect(() => computeQuorum({ expected: 2.5, present: 0 })).toThrow(RangeError);
    expect(() => computeQuorum({ expected: 3, present: Number.NaN })).toThrow(RangeError);
  });
});

describe('countAttendance', () => {
  it('counts late members as present, and unrecorded ones apart', () => {
    expect(countAttendance(['PRESENT', 'LATE', 'EXCUSED', 'ABSENT', null, 'PRESENT', 'LATE', null])).toEqual({
      present: 4,
      late: 2,
      excused: 1,
      absent: 1,
      unrecorded: 2,
      total: 8,
    });
  });

  it('counts nothing for an empty list', () => {
    expect(countAttendance([])).toEqual({ present: 0, late: 0, excused: 0, absent: 0, unrecorded: 0, total: 0 });
  });

  it('feeds the quorum: 9 members, 5 present, 1 late, 2 excused, 1 absent → 6 of 6 required', () => {
    const count = countAttendance(['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'LATE', 'EXCUSED', 'EXCUSED', 'ABSENT']);
    expect(computeQuorum({ expected: count.total, present: count.present })).toMatchObject({ required: 6, met: true });
  });
});
