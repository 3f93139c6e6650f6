import 'server-only';
import type { GoalKind, ResultPeriod, ResultQualifier } from '../../db/generated/prisma/enums.ts';
import { computeAchievement, type TargetGoal } from '../../domain/achievement.ts';
import { checkBreakdown } from '../../domain/breakdown.ts';

// How a target's goal and results leave the server: Decimals as numbers, with the achievement and the
// breakdown check computed (lib/domain), never stored. Shared by the resolution page and the target page.

interface DecimalLike {
  toNumber(): number;
}

const toNumber = (value: DecimalLike | null) => (value === null ? null : value.toNumber());

export function goalOf(target: {
  goalKind: GoalKind;
  targetValue: DecimalLike | null;
  targetMax: DecimalLike | null;
  baselineValue: DecimalLike | null;
  baselineYear: number | null;
}): TargetGoal & { goalKind: GoalKind } {
  return {
    goalKind: target.goalKind,
    targetValue: toNumber(target.targetValue),
    targetMax: toNumber(target.targetMax),
    baselineValue: toNumber(target.baselineValue),
    baselineYear: target.baselineYear,
  };
}

export function resultView(
  goal: TargetGoal,
  result: {
    id: string;
    period: ResultPeriod;
    year: number;
    value: DecimalLike;
    qualifier: ResultQualifier;
    source: string | null;
    note: string | null;
    breakdownLabel: string | null;
    parts: { label: string; value: DecimalLike }[];
  },
) {
  const value = result.value.toNumber();
  const parts = result.parts.map((part) => ({ label: part.label, value: part.value.toNumber() }));
  return {
    id: result.id, period: result.period, year: result.year, value, qualifier: result.qualifier,
    source: result.source, note: result.note, breakdownLabel: result.breakdownLabel, parts,
    achievement: computeAchievement(goal, { value, qualifier: result.qualifier, year: result.year }),
    breakdown: checkBreakdown(value, parts.map((part) => part.value)),
  };
}

export type ResultView = ReturnType<typeof resultView>;
