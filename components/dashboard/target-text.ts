import { goalText, withUnit } from '@/components/resolution/target-format.ts';
import type { AchievementStatus } from '@/lib/domain/achievement.ts';
import type { TargetUnit } from '@/lib/db/generated/prisma/enums.ts';
import type { GoalPoint, SeriesPoint } from '@/lib/charts/target-series.ts';
import { formatPercent } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { TargetProgressTarget } from '@/lib/server/dashboard/find-target-progress.ts';

// A target's figures in words, as the resolution page writes them (its goalText and withUnit: "Đạt ít
// nhất 70 %", "357 người"), for the chart's caption, its spoken label and the table beside it.

/** "ước 69,5 %", "trên 14 tỷ đồng". */
export function resultText(point: SeriesPoint, unit: TargetUnit, t: Messages, locale: Locale): string {
  return [t.resolutions.qualifiers[point.qualifier], withUnit(point.value, unit, t, locale)].filter(Boolean).join(' ');
}

/** The goal of one year: "70 %", or a range "2,61 % – 2,81 %". */
export function goalInYear(goal: GoalPoint | undefined, unit: TargetUnit, t: Messages, locale: Locale): string {
  if (!goal) return '';
  return goal.low === goal.high ? withUnit(goal.low, unit, t, locale) : `${withUnit(goal.low, unit, t, locale)} – ${withUnit(goal.high, unit, t, locale)}`;
}

/** "Vượt chỉ tiêu (176 %)", "Đạt (giảm bình quân 1 %/năm)", or "Mốc ban đầu" for the baseline. */
export function assessmentText(point: SeriesPoint, unit: TargetUnit, t: Messages, locale: Locale): string {
  if (point.kind === 'BASELINE') return t.dashboard.baseline;
  const status: AchievementStatus = point.status ?? 'NO_DATA';
  const detail =
    point.reductionPerYear !== null
      ? interpolate(t.resolutions.reductionPerYear, { value: withUnit(point.reductionPerYear, unit, t, locale) })
      : point.percent !== null
        ? formatPercent(point.percent, locale)
        : '';
  return detail ? `${t.resolutions.statuses[status]} (${detail})` : t.resolutions.statuses[status];
}

/** The chart's spoken label: the target, its goal and every point with its assessment. */
export function targetChartLabel(target: TargetProgressTarget, t: Messages, locale: Locale): string {
  const points = target.series.points.filter((point) => point.kind === 'RESULT' || point.kind === 'BASELINE');
  const results = points.length === 0
    ? t.dashboard.targetNoResults
    : `${points.map((point) => `${point.year}: ${resultText(point, target.unit, t, locale)}, ${assessmentText(point, target.unit, t, locale)}`).join('; ')}.`;
  return interpolate(t.dashboard.targetChartLabel, { name: target.name, goal: goalText(target, t, locale), results });
}
