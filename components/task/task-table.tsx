import Link from 'next/link';
import { DeadlineBadge, isDeadlineAlert, TaskStatusBadge } from '@/components/task/task-badges.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { calendarDateOf } from '@/lib/domain/calendar.ts';
import type { TaskStatus } from '@/lib/db/generated/prisma/enums.ts';
import { deadlineState } from '@/lib/domain/task-deadline.ts';
import { formatCalendarDate, formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

/** What a task list shows of a task (the task list, a target's tasks). */
export interface TaskTableRow {
  id: string;
  title: string;
  status: TaskStatus;
  progress: number;
  dueDate: Date | null;
  ownerOrganization: { shortName: string | null; name: string };
  responsibleMember: { fullName: string } | null;
  conclusion: { number: number; conference: { id: string; startsAt: Date } } | null;
}

/** Tasks, each opening its own page, with their conclusion, owner, deadline (overdue derived from today), progress and status. */
export function TaskTable({ rows, today, caption, t, locale }: { rows: readonly TaskTableRow[]; today: string; caption: string; t: Messages; locale: Locale }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t.tasks.title}</Th>
          <Th>{t.tasks.owner}</Th>
          <Th>{t.tasks.due}</Th>
          <Th className="text-right">{t.tasks.progress}</Th>
          <Th>{t.tasks.status}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((task) => {
          const deadline = deadlineState({ dueDate: task.dueDate ? calendarDateOf(task.dueDate) : null, status: task.status, today });
          return (
            <tr key={task.id} data-testid="task-row">
              <Td>
                <Link href={`/tasks/${task.id}`} className="font-medium">{task.title}</Link>
                {task.conclusion ? (
                  <span className="block text-xs text-stone-600">
                    <Link href={`/conferences/${task.conclusion.conference.id}#conclusions`}>
                      {interpolate(t.tasks.list.fromConclusion, { number: task.conclusion.number, date: formatDate(task.conclusion.conference.startsAt, locale) })}
                    </Link>
                  </span>
                ) : null}
              </Td>
              <Td>
                {task.ownerOrganization.shortName ?? task.ownerOrganization.name}
                {task.responsibleMember ? <span className="block text-xs text-stone-600">{task.responsibleMember.fullName}</span> : null}
              </Td>
              <Td className="whitespace-nowrap">
                {task.dueDate ? formatCalendarDate(task.dueDate, locale) : ''}
                {isDeadlineAlert(deadline) ? <span className="block"><DeadlineBadge deadline={deadline} t={t} /></span> : null}
              </Td>
              <Td className="text-right tabular-nums">{task.progress} %</Td>
              <Td><TaskStatusBadge status={task.status} t={t} /></Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
