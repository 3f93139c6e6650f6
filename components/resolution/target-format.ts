import type { BadgeTone } from '@/components/ui/badge.tsx';
import type { GoalKind, TargetUnit } from '@/lib/db/generated/prisma/enums.ts';
import type { AchievementStatus } from '@/lib/domain/achievement.ts';
import { formatNumber, formatPercent } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

// How targets and their figures read on the resolution page and the target page.

export const STATUS_TONE: Record<AchievementStatus, BadgeTone> = { EXCEEDED: 'good', ACHIEVED: 'good', NOT_YET: 'warn', AT_RISK: 'bad', NO_DATA: 'neutral' };

/** "69,5 %", "357 người", "14 tỷ đồng". */
export function withUnit(value: number, unit: TargetUnit, t: Messages, locale: Locale): string {
  return unit === 'PERCENT' ? formatPercent(value, locale) : `${formatNumber(value, locale)} ${t.resolutions.units[unit]}`;
}

/** "Đạt ít nhất 70 %", "Giảm 1 % – 1,2 % mỗi năm". */
export function goalText(target: { goalKind: GoalKind; targetValue: number | null; targetMax: number | null; unit: TargetUnit }, t: Messages, locale: Locale): string {
  if (target.targetValue === null) return t.common.none;
  const value = withUnit(target.targetValue, target.unit, t, locale);
  const max = target.targetMax === null ? '' : withUnit(target.targetMax, target.unit, t, locale);
  const key = target.goalKind === 'REDUCTION_PER_YEAR' && target.targetMax !== null ? 'REDUCTION_PER_YEAR_RANGE' : target.goalKind;
  return interpolate(t.resolutions.goalText[key], { value, max });
}
