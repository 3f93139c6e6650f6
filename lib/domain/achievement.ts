/**
 * Achievement of a congress-resolution target (chỉ tiêu) against a reported result.
 *
 * Achievement is computed, never typed (PRODUCT.md §2): the mid-term report's "357 lao động …
 * tỷ lệ 176% đạt chỉ tiêu" must come out of 357 and the target 203, not out of a field someone filled.
 *
 * A reported figure may be qualified. "ước 69,5%" (ESTIMATE) is judged like an exact figure (the
 * UI shows the "ước"). "trên 14 tỷ" (ABOVE) and "dưới 4%" (BELOW) are open bounds: the true value
 * is > 14 or < 4. We claim only what every value consistent with the report supports:
 *   - ACHIEVED when every possible true value meets the goal,
 *   - EXCEEDED when it is achieved and the reported figure itself is past the goal by more than a
 *     rounding hair (so "trên 14 tỷ" against 14 is ACHIEVED, as the report says "đạt", not EXCEEDED),
 *   - NOT_YET / AT_RISK when no possible true value meets it,
 *   - NO_DATA (reason UNDETERMINED) when the bound straddles the goal ("dưới 300" against ≥ 203).
 *
 * Rules per goal kind:
 *   AT_LEAST, COUNT_OVER_TERM (cumulative count): met when value ≥ target; EXCEEDED when value >
 *     target; below: AT_RISK when ratio < 0.8, else NOT_YET. ratio = value / target.
 *     A zero target has no ratio (null); any value ≥ 0 is ACHIEVED (never EXCEEDED: there is no
 *     percentage to say by how much).
 *   AT_MOST (urban unemployment < 4 %): met when value ≤ target (never EXCEEDED: being under a cap
 *     is simply met); over: AT_RISK when more than 20 % over the cap (value > 1.2 × target; with
 *     a zero cap any excess), else NOT_YET. ratio = target / value for display, null when value is 0.
 *   RANGE ([targetValue, targetMax], e.g. 1–1,2 per year): met within the range, the lower bound
 *     included; EXCEEDED above targetMax; below targetValue as AT_LEAST. ratio = value / targetValue.
 *     Without targetMax it is an AT_LEAST goal; bounds given the wrong way round are swapped.
 *   REDUCTION_PER_YEAR (poverty rate must fall 1–1,2 points a year): reductionPerYear =
 *     (baselineValue − value) / (result.year − baselineYear), then judged as RANGE. A result BELOW a
 *     rate means a reduction ABOVE the computed one, so the qualifier flips. Missing baseline, or a
 *     result not later than the baseline year → NO_DATA (reason NO_BASELINE).
 *   No result → NO_DATA (NO_RESULT); a null target value → NO_DATA (NO_TARGET). Ratios are null.
 *
 * Floating point: (4.81 − 2.81) / 2 is 1.0000000000000002 in binary, yet the report says "1%/năm,
 * đạt". All comparisons allow a relative hair of 1e-9, and returned numbers are rounded to 10
 * decimals; data comes from Decimal(18,4) columns, so nothing real is lost.
 */

export type GoalKind = 'AT_LEAST' | 'AT_MOST' | 'RANGE' | 'REDUCTION_PER_YEAR' | 'COUNT_OVER_TERM';
export type ResultQualifier = 'EXACT' | 'ESTIMATE' | 'BELOW' | 'ABOVE';
export type AchievementStatus = 'EXCEEDED' | 'ACHIEVED' | 'NOT_YET' | 'AT_RISK' | 'NO_DATA';
/** Why a status is NO_DATA, so the UI can say what is missing. */
export type NoDataReason = 'NO_RESULT' | 'NO_TARGET' | 'NO_BASELINE' | 'UNDETERMINED';

export interface TargetGoal {
  goalKind: GoalKind;
  targetValue: number | null;
  targetMax: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
}

export interface ReportedResult {
  value: number;
  qualifier: ResultQualifier;
  year: number;
}

export interface Achievement {
  /** Full-precision ratio (1.7586… for 357 vs 203); null when there is nothing to divide by. */
  ratio: number | null;
  /** ratio as a whole percentage for display (176); null when ratio is null. */
  percent: number | null;
  status: AchievementStatus;
  /** Only for REDUCTION_PER_YEAR when it could be computed. */
  reductionPerYear?: number;
  /** Only when status is NO_DATA. */
  noDataReason?: NoDataReason;
}

/** Below this share of the (lower) target a shortfall is AT_RISK rather than NOT_YET. */
export const AT_RISK_RATIO = 0.8;
/** Over a cap (AT_MOST) by more than this share is AT_RISK rather than NOT_YET. */
export const AT_MOST_RISK_MARGIN = 0.2;

const RELATIVE_HAIR = 1e-9;

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_HAIR * Math.max(1, Math.abs(a), Math.abs(b));
}
const greater = (a: number, b: number) => a > b && !nearlyEqual(a, b);
const less = (a: number, b: number) => a < b && !nearlyEqual(a, b);
const atLeast = (a: number, b: number) => !less(a, b);
const atMost = (a: number, b: number) => !greater(a, b);

/** Drops binary noise: 1.0000000000000002 → 1. */
function clean(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}

function toPercent(ratio: number | null): number | null {
  if (ratio === null) return null;
  // Symmetric half-up: Math.round(-50.5) would give -50.
  const hundred = clean(ratio * 100);
  return Math.sign(hundred) * Math.round(Math.abs(hundred)) || 0;
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * A goal as regions of the true value: met when min ≤ x ≤ max (null = unbounded), exceeded when
 * x > exceedAbove. riskBelow / riskAbove are the at-risk thresholds of a shortfall.
 */
interface Goal {
  min: number | null;
  max: number | null;
  exceedAbove: number | null;
  riskBelow: number | null;
  riskAbove: number | null;
}

function judge(value: number, qualifier: ResultQualifier, goal: Goal): { status: AchievementStatus; undetermined: boolean } {
  // The true value is value itself (EXACT, ESTIMATE), or in (value, ∞) (ABOVE), or (−∞, value) (BELOW).
  const unboundedBelow = qualifier === 'BELOW';
  const unboundedAbove = qualifier === 'ABOVE';

  const surelyAboveMin = goal.min === null || (!unboundedBelow && atLeast(value, goal.min));
  const surelyBelowMax = goal.max === null || (!unboundedAbove && atMost(value, goal.max));
  // An open bound at exactly the threshold is still on the wrong side ("dưới 14" against ≥ 14).
  const surelyShortOfMin =
    goal.min !== null && !unboundedAbove && (unboundedBelow ? atMost(value, goal.min) : less(value, goal.min));
  const surelyOverMax =
    goal.max !== null && !unboundedBelow && (unboundedAbove ? atLeast(value, goal.max) : greater(value, goal.max));

  if (surelyAboveMin && surelyBelowMax) {
    const exceeded = goal.exceedAbove !== null && !unboundedBelow && greater(value, goal.exceedAbove);
    return { status: exceeded ? 'EXCEEDED' : 'ACHIEVED', undetermined: false };
  }
  if (surelyShortOfMin || surelyOverMax) {
    const atRisk =
      (surelyShortOfMin && goal.riskBelow !== null && less(value, goal.riskBelow)) ||
      (surelyOverMax && goal.riskAbove !== null && greater(value, goal.riskAbove));
    return { status: atRisk ? 'AT_RISK' : 'NOT_YET', undetermined: false };
  }
  return { status: 'NO_DATA', undetermined: true };
}

/** A floor goal [min, max?] with its exceed and at-risk thresholds; shared by AT_LEAST, RANGE, REDUCTION. */
function floorGoal(min: number, max: number | null): Goal {
  const low = max === null ? min : Math.min(min, max);
  const high = max === null ? null : Math.max(min, max);
  return {
    min: low,
    max: null, // above the range is still met (it is EXCEEDED)
    // A zero floor has no percentage, so it is never EXCEEDED unless a range gives an upper bound.
    exceedAbove: high ?? (low === 0 ? null : low),
    // At-risk is a share of the floor, meaningless for a floor ≤ 0.
    riskBelow: low > 0 ? low * AT_RISK_RATIO : null,
    riskAbove: null,
  };
}

function capGoal(cap: number): Goal {
  return {
    min: null,
    max: cap,
    exceedAbove: null,
    riskBelow: null,
    riskAbove: cap + Math.abs(cap) * AT_MOST_RISK_MARGIN,
  };
}

function noData(reason: NoDataReason, extra: Partial<Achievement> = {}): Achievement {
  return { ratio: null, percent: null, status: 'NO_DATA', ...extra, noDataReason: reason };
}

function finish(value: number, qualifier: ResultQualifier, goal: Goal, rawRatio: number | null, extra: Partial<Achievement> = {}): Achievement {
  const ratio = rawRatio === null ? null : clean(rawRatio);
  const { status, undetermined } = judge(value, qualifier, goal);
  const result: Achievement = { ratio, percent: toPercent(ratio), status, ...extra };
  // The ratio stays for display ("dưới 148 %") even when the bound cannot be judged.
  if (undetermined) result.noDataReason = 'UNDETERMINED';
  return result;
}

/** value as a share of a floor goal's lower bound; null for a zero floor (nothing to divide by). */
function shareOf(value: number, goal: Goal): number | null {
  return goal.min === null || goal.min === 0 ? null : value / goal.min;
}

const flip: Record<ResultQualifier, ResultQualifier> = { EXACT: 'EXACT', ESTIMATE: 'ESTIMATE', BELOW: 'ABOVE', ABOVE: 'BELOW' };

export function computeAchievement(target: TargetGoal, result: ReportedResult | null): Achievement {
  if (result === null || !finite(result.value)) return noData('NO_RESULT');
  const { value, qualifier } = result;
  const min = finite(target.targetValue) ? target.targetValue : null;
  const max = finite(target.targetMax) ? target.targetMax : null;

  switch (target.goalKind) {
    case 'AT_LEAST':
    case 'COUNT_OVER_TERM': {
      if (min === null) return noData('NO_TARGET');
      const goal = floorGoal(min, null);
      return finish(value, qualifier, goal, shareOf(value, goal));
    }
    case 'RANGE': {
      if (min === null) return noData('NO_TARGET');
      const goal = floorGoal(min, max);
      return finish(value, qualifier, goal, shareOf(value, goal));
    }

    case 'AT_MOST':
      if (min === null) return noData('NO_TARGET');
      return finish(value, qualifier, capGoal(min), value === 0 ? null : min / value);

    case 'REDUCTION_PER_YEAR': {
      const { baselineValue, baselineYear } = target;
      if (!finite(baselineValue) || !finite(baselineYear) || !finite(result.year) || result.year <= baselineYear) {
        return noData('NO_BASELINE');
      }
      const reductionPerYear = clean((baselineValue - value) / (result.year - baselineYear));
      if (min === null) return noData('NO_TARGET', { reductionPerYear });
      const goal = floorGoal(min, max);
      return finish(reductionPerYear, flip[qualifier], goal, shareOf(reductionPerYear, goal), { reductionPerYear });
    }
  }
}
