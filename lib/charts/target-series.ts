// What a target's chart plots, in plain numbers: its results over the term, each judged against the
// goal by lib/domain/achievement.ts, and the goal itself for each year of the term, as a line (one
// value to reach or stay under) or a band (a range). Pure, so the chart spec and the table beside it
// show the same figures and a unit test can read them.
import { computeAchievement, type AchievementStatus, type ResultQualifier, type TargetGoal } from '../domain/achievement.ts';

export type ResultPeriod = 'YEAR' | 'MID_TERM' | 'END_OF_TERM';

export interface TargetSeriesInput extends TargetGoal {
  results: readonly { period: ResultPeriod; year: number; value: number; qualifier: ResultQualifier }[];
}

export interface SeriesPoint {
  year: number;
  value: number;
  /** 'BASELINE' for the reduction goal's starting figure, which is a fact to measure from, not a result. */
  kind: 'RESULT' | 'BASELINE';
  period: ResultPeriod | null;
  qualifier: ResultQualifier;
  status: AchievementStatus | null;
  /** The achievement as a whole percentage (176 for 357 against 203), when it has one. */
  percent: number | null;
  /** Only for REDUCTION_PER_YEAR: the yearly fall this result works out to. */
  reductionPerYear: number | null;
}

/** The goal in a year: the result should lie between low and high (equal for a line). */
export interface GoalPoint {
  year: number;
  low: number;
  high: number;
}

export interface TargetSeries {
  /** Every year on the axis: the term's, and any result or baseline outside it, in order. */
  years: number[];
  points: SeriesPoint[];
  goal: GoalPoint[];
  /** How to draw the goal: one value ('line'), a range ('band'), or nothing known ('none'). */
  goalShape: 'line' | 'band' | 'none';
  /** Whether results should stay at or under the goal (a cap) rather than reach it. */
  goalIsCap: boolean;
}

const yearsBetween = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Rounds away the binary noise of 3.81 − 1.2 × 2, as the domain does. */
const clean = (x: number) => Math.round(x * 1e10) / 1e10;

function goalLine(target: TargetGoal, years: number[]): Pick<TargetSeries, 'goal' | 'goalShape'> {
  const { goalKind, targetValue, targetMax, baselineValue, baselineYear } = target;
  if (targetValue === null) return { goal: [], goalShape: 'none' };
  if (goalKind === 'REDUCTION_PER_YEAR') {
    if (baselineValue === null || baselineYear === null) return { goal: [], goalShape: 'none' };
    // Falling by targetValue…targetMax points a year from the baseline: the rate should lie in a band
    // that widens each year (the faster fall gives the lower edge), never below zero.
    const fastest = targetMax === null ? targetValue : Math.max(targetValue, targetMax);
    const slowest = targetMax === null ? targetValue : Math.min(targetValue, targetMax);
    const atYear = (fall: number, year: number) => Math.max(0, clean(baselineValue - fall * (year - baselineYear)));
    const goal = years
      .filter((year) => year >= baselineYear)
      .map((year) => ({ year, low: atYear(fastest, year), high: atYear(slowest, year) }));
    return { goal, goalShape: targetMax === null ? 'line' : 'band' };
  }
  if (goalKind === 'RANGE' && targetMax !== null) {
    const low = Math.min(targetValue, targetMax);
    const high = Math.max(targetValue, targetMax);
    return { goal: years.map((year) => ({ year, low, high })), goalShape: 'band' };
  }
  return { goal: years.map((year) => ({ year, low: targetValue, high: targetValue })), goalShape: 'line' };
}

export function targetSeries(target: TargetSeriesInput, term: { startYear: number; endYear: number }): TargetSeries {
  const goal: TargetGoal = {
    goalKind: target.goalKind, targetValue: target.targetValue, targetMax: target.targetMax,
    baselineValue: target.baselineValue, baselineYear: target.baselineYear,
  };
  const points: SeriesPoint[] = target.results.map((result) => {
    const achievement = computeAchievement(goal, result);
    return {
      year: result.year, value: result.value, kind: 'RESULT', period: result.period, qualifier: result.qualifier,
      status: achievement.status, percent: achievement.percent, reductionPerYear: achievement.reductionPerYear ?? null,
    };
  });
  if (target.goalKind === 'REDUCTION_PER_YEAR' && target.baselineValue !== null && target.baselineYear !== null) {
    points.unshift({
      year: target.baselineYear, value: target.baselineValue, kind: 'BASELINE', period: null, qualifier: 'EXACT',
      status: null, percent: null, reductionPerYear: null,
    });
  }
  points.sort((a, b) => a.year - b.year);

  const first = Math.min(term.startYear, ...points.map((point) => point.year));
  const last = Math.max(term.endYear, ...points.map((point) => point.year));
  const years = yearsBetween(first, last);
  return { years, points, ...goalLine(goal, years), goalIsCap: target.goalKind === 'AT_MOST' };
}
