import { Badge, type BadgeTone } from '@/components/ui/badge.tsx';
import type { TaskStatus } from '@/lib/db/generated/prisma/enums.ts';
import type { DeadlineState } from '@/lib/domain/task-deadline.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

const STATUS_TONE: Record<TaskStatus, BadgeTone> = { NOT_STARTED: 'info', IN_PROGRESS: 'info', PAUSED: 'info', DONE: 'good', CANCELLED: 'neutral' };

/** A task's status, coloured the same everywhere (the words say it too). */
export function TaskStatusBadge({ status, t }: { status: TaskStatus; t: Messages }) {
  return <Badge tone={STATUS_TONE[status]}>{t.tasks.statuses[status]}</Badge>;
}

/** Whether a deadline calls for attention (and so for a badge). */
export const isDeadlineAlert = (deadline: DeadlineState): deadline is 'OVERDUE' | 'DUE_SOON' => deadline === 'OVERDUE' || deadline === 'DUE_SOON';

/** "Quá hạn" or "Sắp đến hạn" when the deadline calls for attention; nothing otherwise. */
export function DeadlineBadge({ deadline, t }: { deadline: DeadlineState; t: Messages }) {
  if (!isDeadlineAlert(deadline)) return null;
  return <Badge tone={deadline === 'OVERDUE' ? 'bad' : 'warn'}>{t.tasks.deadline[deadline]}</Badge>;
}
