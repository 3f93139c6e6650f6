import { Badge } from '@/components/ui/badge.tsx';
import { calendarDateOf } from '@/lib/domain/calendar.ts';
import { daysUntil, deadlineState } from '@/lib/domain/task-deadline.ts';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { TaskStatus } from '@/lib/db/generated/prisma/enums.ts';

/** Where a task stands against its deadline, in words: "Quá hạn 5 ngày", "Còn 3 ngày", "Hạn 31/12/2025". */
export function DeadlineBadge({ dueDate, status, today, t, locale }: { dueDate: Date | null; status: TaskStatus; today: string; t: Messages; locale: Locale }) {
  const due = dueDate ? calendarDateOf(dueDate) : null;
  const state = deadlineState({ dueDate: due, status, today });
  if (due === null || dueDate === null) return <Badge>{t.tasks.deadline.NO_DEADLINE}</Badge>;
  const days = daysUntil(due, today);
  if (state === 'OVERDUE') return <Badge tone="bad">{interpolate(t.dashboard.daysOverdue, { days: -days })}</Badge>;
  if (state === 'DUE_SOON') return <Badge tone="warn">{days === 0 ? t.dashboard.dueToday : interpolate(t.dashboard.daysLeft, { days })}</Badge>;
  return <Badge>{interpolate(t.dashboard.dueOn, { date: formatCalendarDate(dueDate, locale) })}</Badge>;
}
