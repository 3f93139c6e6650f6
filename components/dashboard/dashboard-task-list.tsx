import Link from 'next/link';
import { formatCalendarDate } from '@/lib/i18n/format.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { DashboardTaskRow } from '@/lib/server/dashboard/dashboard-task-row.ts';
import { DeadlineBadge } from './deadline-badge.tsx';

/** A short list of tasks, each linking to its page, with its owner, person, due date and deadline badge. */
export function DashboardTaskList({ rows, today, t, locale, emptyText, testId }: {
  rows: DashboardTaskRow[];
  today: string;
  t: Messages;
  locale: Locale;
  emptyText: string;
  testId: string;
}) {
  if (rows.length === 0) return <p className="text-sm text-stone-600">{emptyText}</p>;
  return (
    <ul className="divide-y divide-stone-100">
      {rows.map((task) => (
        <li key={task.id} className="py-2" data-testid={testId}>
          <Link href={`/tasks/${task.id}`} className="font-medium">{task.title}</Link>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700">
            <DeadlineBadge dueDate={task.dueDate} status={task.status} today={today} t={t} locale={locale} />
            {task.dueDate ? <time dateTime={task.dueDate.toISOString().slice(0, 10)}>{formatCalendarDate(task.dueDate, locale)}</time> : null}
            <span>· {task.ownerOrganization.shortName ?? task.ownerOrganization.name}</span>
            {task.responsibleMember ? <span>· {task.responsibleMember.fullName}</span> : null}
            <span className="tabular-nums">· {task.progress} %</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
