import type { GoalKind } from '../domain/achievement.ts';
import { formatNumber, formatPercent } from './format.ts';
import { interpolate } from './interpolate.ts';
import type { Locale } from './locale.ts';
import type { Messages } from './messages/vi.ts';

// A target's figures in words, in the reader's language: the resolution and target pages, the
// dashboard and the XLSX export of target results all write them the same way.

export type TargetUnitKey = keyof Messages['resolutions']['units'];

/** "69,5 %", "357 người", "14 tỷ đồng". */
export function withUnit(value: number, unit: TargetUnitKey, t: Messages, locale: Locale): string {
  return unit === 'PERCENT' ? formatPercent(value, locale) : `${formatNumber(value, locale)} ${t.resolutions.units[unit]}`;
}

/** "Đạt ít nhất 70 %", "Giảm 1 % – 1,2 % mỗi năm". */
export function goalText(target: { goalKind: GoalKind; targetValue: number | null; targetMax: number | null; unit: TargetUnitKey }, t: Messages, locale: Locale): string {
  if (target.targetValue === null) return t.common.none;
  const value = withUnit(target.targetValue, target.unit, t, locale);
  const max = target.targetMax === null ? '' : withUnit(target.targetMax, target.unit, t, locale);
  const key = target.goalKind === 'REDUCTION_PER_YEAR' && target.targetMax !== null ? 'REDUCTION_PER_YEAR_RANGE' : target.goalKind;
  return interpolate(t.resolutions.goalText[key], { value, max });
}
