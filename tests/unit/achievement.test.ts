import { describe, expect, it } from 'vitest';
import { computeAchievement, type GoalKind, type ReportedResult, type TargetGoal } from '../../lib/domain/achievement.ts';

function target(goalKind: GoalKind, targetValue: number | null, more: Partial<TargetGoal> = {}): TargetGoal {
  return { goalKind, targetValue, targetMax: null, baselineValue: null, baselineYear: null, ...more };
}
function result(value: number, qualifier: ReportedResult['qualifier'] = 'EXACT', year = 2023): ReportedResult {
  return { value, qualifier, year };
}

describe('computeAchievement — the reference report (sơ kết giữa nhiệm kỳ 2023)', () => {
  it('357 workers abroad against a target of 203 is 176 %, exceeded', () => {
    const a = computeAchievement(target('AT_LEAST', 203), result(357));
    expect(a.status).toBe('EXCEEDED');
    expect(a.percent).toBe(176);
    expect(a.ratio).toBeCloseTo(1.7586, 4);
    expect(a.noDataReason).toBeUndefined();
  });

  it('gratitude fund "trên 14 tỷ" against 14 is achieved, not exceeded (the report says "đạt")', () => {
    const a = computeAchievement(target('AT_LEAST', 14), result(14, 'ABOVE'));
    expect(a).toEqual({ ratio: 1, percent: 100, status: 'ACHIEVED' });
  });

  it('urban unemployment "dưới 4 %" against at most 4 % is achieved', () => {
    const a = computeAchievement(target('AT_MOST', 4), result(4, 'BELOW'));
    expect(a).toEqual({ ratio: 1, percent: 100, status: 'ACHIEVED' });
  });

  it('trained labour "ước 69,5 %" is judged like an exact figure', () => {
    expect(computeAchievement(target('AT_LEAST', 70), result(69.5, 'ESTIMATE'))).toMatchObject({ status: 'NOT_YET', percent: 99 });
    expect(computeAchievement(target('AT_LEAST', 65), result(69.5, 'ESTIMATE'))).toMatchObject({ status: 'EXCEEDED', percent: 107 });
  });

  it('poverty 4,81 % (2020) → 2,81 % (2022) is 1 point a year: achieved at the lower bound of 1–1,2', () => {
    const a = computeAchievement(
      target('REDUCTION_PER_YEAR', 1, { targetMax: 1.2, baselineValue: 4.81, baselineYear: 2020 }),
      result(2.81, 'EXACT', 2022),
    );
    // In binary (4.81 − 2.81) / 2 is 1.0000000000000002; it must not count as EXCEEDED or as a hair short.
    expect(a).toEqual({ ratio: 1, percent: 100, status: 'ACHIEVED', reductionPerYear: 1 });
  });
});

describe('AT_LEAST', () => {
  const goal = target('AT_LEAST', 100);
  it.each([
    [100, 'ACHIEVED', 100],
    [100.0000000001, 'ACHIEVED', 100], // a rounding hair is not "exceeded"
    [100.01, 'EXCEEDED', 100], // exceeded, though it still rounds to 100 %
    [150, 'EXCEEDED', 150],
    [99.99, 'NOT_YET', 100],
    [80, 'NOT_YET', 80], // exactly 0,8 is not yet at risk
    [79.9, 'AT_RISK', 80],
    [0, 'AT_RISK', 0],
  ] as const)('%s of 100 → %s (%s %)', (value, status, percent) => {
    expect(computeAchievement(goal, result(value))).toMatchObject({ status, percent });
  });

  it('an open bound decides only what it proves', () => {
    expect(computeAchievement(goal, result(120, 'ABOVE')).status).toBe('EXCEEDED');
    expect(computeAchievement(goal, result(100, 'BELOW')).status).toBe('NOT_YET'); // "dưới 100": surely short
    expect(computeAchievement(goal, result(50, 'BELOW')).status).toBe('AT_RISK');
    // "dưới 150" may or may not reach 100; "trên 90" likewise
    expect(computeAchievement(goal, result(150, 'BELOW'))).toEqual({ ratio: 1.5, percent: 150, status: 'NO_DATA', noDataReason: 'UNDETERMINED' });
    expect(computeAchievement(goal, result(90, 'ABOVE'))).toMatchObject({ status: 'NO_DATA', noDataReason: 'UNDETERMINED', percent: 90 });
  });

  it('a zero target has no ratio; any non-negative value achieves it', () => {
    expect(computeAchievement(target('AT_LEAST', 0), result(0))).toEqual({ ratio: null, percent: null, status: 'ACHIEVED' });
    expect(computeAchievement(target('AT_LEAST', 0), result(5))).toEqual({ ratio: null, percent: null, status: 'ACHIEVED' });
    expect(computeAchievement(target('AT_LEAST', 0), result(-1))).toEqual({ ratio: null, percent: null, status: 'NOT_YET' });
  });

  it('a null target cannot be judged', () => {
    expect(computeAchievement(target('AT_LEAST', null), result(5))).toEqual({ ratio: null, percent: null, status: 'NO_DATA', noDataReason: 'NO_TARGET' });
  });

  it('rounds percentages half up, symmetrically', () => {
    expect(computeAchievement(target('AT_LEAST', 200), result(1)).percent).toBe(1); // 0,5 % → 1
    expect(computeAchievement(target('AT_LEAST', 1000), result(1)).percent).toBe(0); // 0,1 % → 0
  });
});

describe('COUNT_OVER_TERM', () => {
  it('is a cumulative count judged like AT_LEAST', () => {
    expect(computeAchievement(target('COUNT_OVER_TERM', 10), result(12))).toMatchObject({ status: 'EXCEEDED', percent: 120 });
    expect(computeAchievement(target('COUNT_OVER_TERM', 10), result(10))).toMatchObject({ status: 'ACHIEVED', percent: 100 });
    expect(computeAchievement(target('COUNT_OVER_TERM', 10), result(9))).toMatchObject({ status: 'NOT_YET', percent: 90 });
    expect(computeAchievement(target('COUNT_OVER_TERM', 10), result(7))).toMatchObject({ status: 'AT_RISK', percent: 70 });
  });
});

describe('AT_MOST', () => {
  const cap = target('AT_MOST', 4);
  it.each([
    [3, 'ACHIEVED', 133],
    [4, 'ACHIEVED', 100],
    [4.4, 'NOT_YET', 91],
    [4.8, 'NOT_YET', 83], // exactly 20 % over is not yet at risk
    [4.81, 'AT_RISK', 83],
    [8, 'AT_RISK', 50],
  ] as const)('%s %% against ≤ 4 %% → %s (%s %%)', (value, status, percent) => {
    expect(computeAchievement(cap, result(value))).toMatchObject({ status, percent });
  });

  it('is never EXCEEDED, however far under the cap', () => {
    expect(computeAchievement(cap, result(0.5)).status).toBe('ACHIEVED');
  });

  it('has no ratio when the value is 0', () => {
    expect(computeAchievement(cap, result(0))).toEqual({ ratio: null, percent: null, status: 'ACHIEVED' });
  });

  it('"trên 4 %" against ≤ 4 % is not achieved; "dưới 5 %" cannot be judged; "trên 3 %" neither', () => {
    expect(computeAchievement(cap, result(4, 'ABOVE')).status).toBe('NOT_YET');
    expect(computeAchievement(cap, result(5, 'BELOW'))).toMatchObject({ status: 'NO_DATA', noDataReason: 'UNDETERMINED' });
    expect(computeAchievement(cap, result(3, 'ABOVE'))).toMatchObject({ status: 'NO_DATA', noDataReason: 'UNDETERMINED' });
    expect(computeAchievement(cap, result(3, 'BELOW')).status).toBe('ACHIEVED');
  });

  it('with a zero cap, any excess is at risk', () => {
    expect(computeAchievement(target('AT_MOST', 0), result(0)).status).toBe('ACHIEVED');
    expect(computeAchievement(target('AT_MOST', 0), result(1))).toEqual({ ratio: 0, percent: 0, status: 'AT_RISK' });
  });
});

describe('RANGE', () => {
  const range = target('RANGE', 1, { targetMax: 1.2 });
  it.each([
    [1, 'ACHIEVED', 100], // met at the lower bound
    [1.1, 'ACHIEVED', 110],
    [1.2, 'ACHIEVED', 120], // the upper bound is still within
    [1.2000000001, 'ACHIEVED', 120], // a hair over is not exceeded
    [1.3, 'EXCEEDED', 130],
    [0.9, 'NOT_YET', 90],
    [0.8, 'NOT_YET', 80],
    [0.7, 'AT_RISK', 70],
  ] as const)('%s against 1–1,2 → %s (%s %)', (value, status, percent) => {
    expect(computeAchievement(range, result(value))).toMatchObject({ status, percent });
  });

  it('tolerates binary noise at both bounds', () => {
    expect(computeAchievement(range, result(0.1 * 3 + 0.7)).status).toBe('ACHIEVED'); // 1.0000000000000002
    expect(computeAchievement(range, result(0.4 + 0.8))).toMatchObject({ status: 'ACHIEVED', ratio: 1.2, percent: 120 }); // 1.2000000000000002
  });

  it('swaps bounds given the wrong way round', () => {
    expect(computeAchievement(target('RANGE', 1.2, { targetMax: 1 }), result(1))).toMatchObject({ status: 'ACHIEVED', percent: 100 });
  });

  it('without a maximum it is an at-least goal', () => {
    expect(computeAchievement(target('RANGE', 1), result(1.5)).status).toBe('EXCEEDED');
  });

  it('with a zero lower bound it has no ratio but can still be exceeded', () => {
    expect(computeAchievement(target('RANGE', 0, { targetMax: 2 }), result(3))).toEqual({ ratio: null, percent: null, status: 'EXCEEDED' });
    expect(computeAchievement(target('RANGE', 0, { targetMax: 2 }), result(1))).toEqual({ ratio: null, percent: null, status: 'ACHIEVED' });
  });

  it('"trên 1,2" is achieved (not exceeded: by how much is unknown); "trên 1,25" is exceeded', () => {
    expect(computeAchievement(range, result(1.2, 'ABOVE')).status).toBe('ACHIEVED');
    expect(computeAchievement(range, result(1.25, 'ABOVE')).status).toBe('EXCEEDED');
  });
});

describe('REDUCTION_PER_YEAR', () => {
  const poverty = target('REDUCTION_PER_YEAR', 1, { targetMax: 1.2, baselineValue: 4.81, baselineYear: 2020 });

  it.each([
    [2.41, 2022, 'ACHIEVED', 1.2],
    [2.01, 2022, 'EXCEEDED', 1.4],
    [3.01, 2022, 'NOT_YET', 0.9],
    [3.81, 2022, 'AT_RISK', 0.5],
    [5.81, 2022, 'AT_RISK', -0.5], // the rate rose
    [3.81, 2021, 'ACHIEVED', 1],
    [0.81, 2023, 'EXCEEDED', 1.3333333333],
  ] as const)('%s %% in %s → %s (%s points a year)', (value, year, status, perYear) => {
    const a = computeAchievement(poverty, result(value, 'EXACT', year));
    expect(a.status).toBe(status);
    expect(a.reductionPerYear).toBe(perYear);
  });

  it('a rate "dưới" a figure is a reduction above the computed one', () => {
    // dưới 3,01 %: the reduction is over 0,9 a year → may or may not reach 1
    expect(computeAchievement(poverty, result(3.01, 'BELOW', 2022))).toMatchObject({ status: 'NO_DATA', noDataReason: 'UNDETERMINED', reductionPerYear: 0.9 });
    // dưới 2,81 %: the reduction is over 1 a year → achieved
    expect(computeAchievement(poverty, result(2.81, 'BELOW', 2022)).status).toBe('ACHIEVED');
    // trên 2,81 %: the reduction is under 1 a year → not yet
    expect(computeAchievement(poverty, result(2.81, 'ABOVE', 2022)).status).toBe('NOT_YET');
  });

  it('needs a baseline value and year before the result', () => {
    const noBaseline = { ratio: null, percent: null, status: 'NO_DATA', noDataReason: 'NO_BASELINE' };
    expect(computeAchievement({ ...poverty, baselineValue: null }, result(2.81, 'EXACT', 2022))).toEqual(noBaseline);
    expect(computeAchievement({ ...poverty, baselineYear: null }, result(2.81, 'EXACT', 2022))).toEqual(noBaseline);
    expect(computeAchievement(poverty, result(2.81, 'EXACT', 2020))).toEqual(noBaseline);
    expect(computeAchievement(poverty, result(2.81, 'EXACT', 2019))).toEqual(noBaseline);
  });

  it('without a target still reports the reduction', () => {
    expect(computeAchievement({ ...poverty, targetValue: null }, result(2.81, 'EXACT', 2022))).toEqual({
      ratio: null,
      percent: null,
      status: 'NO_DATA',
      reductionPerYear: 1,
      noDataReason: 'NO_TARGET',
    });
  });
});

describe('missing results', () => {
  it.each(['AT_LEAST', 'AT_MOST', 'RANGE', 'REDUCTION_PER_YEAR', 'COUNT_OVER_TERM'] as const)('%s without a result is NO_DATA', (kind) => {
    expect(computeAchievement(target(kind, 1, { targetMax: 2, baselineValue: 5, baselineYear: 2020 }), null)).toEqual({
      ratio: null,
      percent: null,
      status: 'NO_DATA',
      noDataReason: 'NO_RESULT',
    });
  });

  it('a non-finite value counts as no result', () => {
    expect(computeAchievement(target('AT_LEAST', 1), result(Number.NaN)).noDataReason).toBe('NO_RESULT');
  });
});
