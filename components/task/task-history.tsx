import { TaskStatusBadge } from '@/components/task/task-badges.tsx';
import { formatCalendarDate, formatDate, formatRelativeTime, formatTime } from '@/lib/i18n/format.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { TaskDetail } from '@/lib/server/tasks/get-task.ts';

/**
 * The dated reports on a task, newest first: who reported what, when ("08:15 31/07/2023 · 2 ngày
 * trước"), and any attached file. `now` is the injected clock's (lib/clock.ts), read by the page.
 */
export function TaskHistory({ updates, now, t, locale }: { updates: TaskDetail['updates']; now: Date; t: Messages; locale: Locale }) {
  if (updates.length === 0) return <p className="text-sm text-stone-600">{t.tasks.detail.noUpdates}</p>;
  return (
    <ol className="space-y-3">
      {updates.map((update) => {
        const exact = `${formatTime(update.createdAt, locale)} ${formatDate(update.createdAt, locale)}`;
        return (
          <li key={update.id} data-testid="task-update" className="rounded-md border border-stone-100 p-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{formatCalendarDate(update.reportedOn, locale)}</span>
              <TaskStatusBadge status={update.status} t={t} />
              <span className="tabular-nums">{update.progress} %</span>
              <span className="text-stone-600">
                {update.author?.member.fullName ?? t.errors.someone} · {exact} · <time dateTime={update.createdAt.toISOString()} title={exact}>{formatRelativeTime(update.createdAt, now, locale)}</time>
              </span>
            </p>
            {update.note ? <p className="mt-1 whitespace-pre-line">{update.note}</p> : null}
            {update.documents.length > 0 ? (
              <ul className="mt-1">
                {update.documents.map((document) => <li key={document.id}><a href={`/api/documents/${document.id}`}>{document.title}</a></li>)}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
