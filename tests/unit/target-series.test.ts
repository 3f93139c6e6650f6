import { describe, expect, it } from 'vitest';
import { targetSeries, type TargetSeriesInput } from '../../lib/charts/target-series.ts';

const term = { startYear: 2020, endYear: 2025 };
const none = { targetMax: null, baselineValue: null, baselineYear: null };

describe('targetSeries', () => {
  it('an at-least goal is a line over every year of the term, the result judged by the domain (357 against 203)', () => {
    const series = targetSeries(
      { goalKind: 'AT_LEAST', targetValue: 203, ...none, results: [{ period: 'YEAR', year: 2023, value: 357, qualifier: 'EXACT' }] },
      term,
    );
    expect(series.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(series.goalShape).toBe('line');
    expect(series.goal).toHaveLength(6);
    expect(series.goal.every((goal) => goal.low === 203 && goal.high === 203)).toBe(true);
    expect(series.points).toEqual([
      { year: 2023, value: 357, kind: 'RESULT', period: 'YEAR', qualifier: 'EXACT', status: 'EXCEEDED', percent: 176, reductionPerYear: null },
    ]);
    expect(series.goalIsCap).toBe(false);
  });

  it('a reduction goal starts from the baseline and is a band that widens each year, never below zero', () => {
    // The poor-household rate: 3,81 % in 2021, 2,81 % in 2022, to fall 1 – 1,2 points a year.
    const target: TargetSeriesInput = {
      goalKind: 'REDUCTION_PER_YEAR', targetValue: 1, targetMax: 1.2, baselineValue: 3.81, baselineYear: 2021,
      results: [{ period: 'YEAR', year: 2022, value: 2.81, qualifier: 'EXACT' }],
    };
    const series = targetSeries(target, term);
    expect(series.goalShape).toBe('band');
    expect(series.goal).toEqual([
      { year: 2021, low: 3.81, high: 3.81 },
      { year: 2022, low: 2.61, high: 2.81 },
      { year: 2023, low: 1.41, high: 1.81 },
      { year: 2024, low: 0.21, high: 0.81 },
      { year: 2025, low: 0, high: 0 }, // 3,81 − 4 × 1,2 would be −1
    ]);
    expect(series.points.map((point) => [point.kind, point.year, point.value, point.status, point.reductionPerYear])).toEqual([
      ['BASELINE', 2021, 3.81, null, null],
      ['RESULT', 2022, 2.81, 'ACHIEVED', 1],
    ]);
  });

  it('a range goal is a band; a cap is a line that results should stay under', () => {
    const range = targetSeries({ goalKind: 'RANGE', targetValue: 1.2, targetMax: 1, baselineValue: null, baselineYear: null, results: [] }, term);
    expect(range.goalShape).toBe('band');
    expect(range.goal[0]).toEqual({ year: 2020, low: 1, high: 1.2 });
    const cap = targetSeries({ goalKind: 'AT_MOST', targetValue: 4, ...none, results: [{ period: 'MID_TERM', year: 2023, value: 4, qualifier: 'BELOW' }] }, term);
    expect(cap).toMatchObject({ goalShape: 'line', goalIsCap: true });
    expect(cap.points[0]?.status).toBe('ACHIEVED');
  });

  it('widens the years to a result or baseline outside the term, and draws no goal it does not know', () => {
    const series = targetSeries(
      { goalKind: 'REDUCTION_PER_YEAR', targetValue: 1, targetMax: null, baselineValue: null, baselineYear: null, results: [{ period: 'YEAR', year: 2026, value: 2, qualifier: 'EXACT' }] },
      term,
    );
    expect(series.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(series).toMatchObject({ goal: [], goalShape: 'none' });
    expect(series.points[0]?.status).toBe('NO_DATA');
    expect(targetSeries({ goalKind: 'AT_LEAST', targetValue: null, ...none, results: [] }, term).goalShape).toBe('none');
  });
});
