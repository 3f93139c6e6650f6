import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { dueSoonTasksHref, overdueTasksHref } from './task-links.ts';

/** The open tasks in scope in three figures; overdue and due soon open their filtered lists. */
export function TaskSummary({ counts, today, t }: { counts: { overdue: number; dueSoon: number; open: number }; today: string; t: Messages }) {
  const tiles = [
    { key: 'overdue', count: counts.overdue, color: 'text-red-800', href: overdueTasksHref() },
    { key: 'dueSoon', count: counts.dueSoon, color: 'text-amber-800', href: dueSoonTasksHref(today) },
    { key: 'open', count: counts.open, color: 'text-stone-900', href: '/tasks' },
  ] as const;
  return (
    <dl className="grid grid-cols-3 gap-2 text-center">
      {tiles.map(({ key, count, color, href }) => (
        <div key={key} className="rounded-md bg-stone-50 p-2">
          <dt className="text-xs text-stone-600">{t.home[key]}</dt>
          <dd className={`text-2xl font-semibold tabular-nums ${color}`}>
            <Link href={href} className="text-inherit" data-testid={`tasks-${key}`}>{count}</Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
