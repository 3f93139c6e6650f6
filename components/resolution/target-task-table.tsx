import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { calendarDateOf } from '@/lib/domain/calendar.ts';
import { deadlineState, type DeadlineState } from '@/lib/domain/task-deadline.ts';
import { formatCalendarDate, formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { TargetDetail } from '@/lib/server/targets/get-target.ts';

const DEADLINE_TONE: Record<DeadlineState, BadgeTone> = { OVERDUE: 'bad', DUE_SOON: 'warn', ON_TRACK: 'neutral', CLOSED: 'good', NO_DEADLINE: 'neutral' };

/** The tasks that serve a target, each opening its own page, with owner, deadline, progress and status. */
export function TargetTaskTable({ tasks, today, t, locale }: { tasks: TargetDetail['tasks']; today: string; t: Messages; locale: Locale }) {
  return (
    <Table caption={t.targets.tasksSection}>
      <thead>
        <tr>
          <Th>{t.targets.task}</Th>
          <Th>{t.tasks.owner}</Th>
          <Th>{t.tasks.due}</Th>
          <Th className="text-right">{t.tasks.progress}</Th>
          <Th>{t.tasks.status}</Th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          // Overdue is derived from today's date, never stored (lib/domain/task-deadline.ts).
          const deadline = deadlineState({ dueDate: task.dueDate ? calendarDateOf(task.dueDate) : null, status: task.status, today });
          return (
            <tr key={task.id} data-testid="target-task-row">
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
                {task.dueDate ? formatCalendarDate(task.dueDate, locale) : t.tasks.deadline.NO_DEADLINE}
                {deadline === 'OVERDUE' || deadline === 'DUE_SOON' ? <span className="block"><Badge tone={DEADLINE_TONE[deadline]}>{t.tasks.deadline[deadline]}</Badge></span> : null}
              </Td>
              <Td className="text-right tabular-nums">
                <span className="sr-only">{t.tasks.progress}: </span>{task.progress} %
                <span aria-hidden="true" className="mt-1 ml-auto block h-1.5 w-20 rounded bg-stone-200"><span className="block h-1.5 rounded bg-brand-600" style={{ width: `${Math.min(100, Math.max(0, task.progress))}%` }} /></span>
              </Td>
              <Td><Badge tone={task.status === 'DONE' ? 'good' : task.status === 'CANCELLED' ? 'neutral' : 'info'}>{t.tasks.statuses[task.status]}</Badge></Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
