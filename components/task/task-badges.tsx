import { Badge, type BadgeTone } from '@/components/ui/badge.tsx';
import type { TaskStatus } from '@/lib/db/generated/prisma/enums.ts';
import type { DeadlineState } from '@/lib/domain/task-deadline.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

const STATUS_TONE: Record<TaskStatus, BadgeTone> = { NOT_STARTED: 'info', IN_PROGRESS: 'info', PAUSED: 'info', DONE: 'good', CANCELLED: 'neutral' };

/** A task's status, coloured the same everywhere (the words say it too). */
export function TaskStatusBadge({ status, t }: { status: TaskStatus; t: Messages }) {
  return <Badge tone={STATUS_TONE[status]}>{t.tasks.statuses[status]}</Badge>;
}

/** "Quá hạn" or "Sắp đến hạn" when the deadline calls for attention; nothing otherwise. */
export function DeadlineBadge({ deadline, t }: { deadline: DeadlineState; t: Messages }) {
  if (deadline === 'OVERDUE') return <Badge tone="bad">{t.tasks.deadline.OVERDUE}</Badge>;
  if (deadline === 'DUE_SOON') return <Badge tone="warn">{t.tasks.deadline.DUE_SOON}</Badge>;
  return null;
}
