import type { BadgeTone } from '@/components/ui/badge.tsx';
import type { AchievementStatus } from '@/lib/domain/achievement.ts';

// How targets and their figures read on the resolution page and the target page. The words themselves
// live in lib/i18n/target-text.ts, which the XLSX export of target results shares.

export { goalText, withUnit } from '@/lib/i18n/target-text.ts';

export const STATUS_TONE: Record<AchievementStatus, BadgeTone> = { EXCEEDED: 'good', ACHIEVED: 'good', NOT_YET: 'warn', AT_RISK: 'bad', NO_DATA: 'neutral' };
