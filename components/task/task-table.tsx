import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { calendarDateOf } from '@/lib/domain/calendar.ts';
import { deadlineState, type DeadlineState } from '@/lib/domain/task-deadline.ts';
import { formatCalendarDate, formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { TaskPage } from '@/lib/server/tasks/find-tasks.ts';

const DEADLINE_TONE: Record<DeadlineState, BadgeTone> = { OVERDUE: 'bad', DUE_SOON: 'warn', ON_TRACK: 'neutral', CLOSED: 'good', NO_DEADLINE: 'neutral' };

export function TaskTable({ rows, today, t, locale }: { rows: TaskPage['rows']; today: string; t: Messages; locale: Locale }) {
  return (
    <Table caption={t.tasks.title}>
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
                {deadline === 'OVERDUE' || deadline === 'DUE_SOON' ? <span className="block"><Badge tone={DEADLINE_TONE[deadline]}>{t.tasks.deadline[deadline]}</Badge></span> : null}
              </Td>
              <Td className="text-right tabular-nums">{task.progress} %</Td>
              <Td><Badge tone={task.status === 'DONE' ? 'good' : task.status === 'CANCELLED' ? 'neutral' : 'info'}>{t.tasks.statuses[task.status]}</Badge></Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
