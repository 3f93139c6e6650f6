import Link from 'next/link';
import { Badge } from '@/components/ui/badge.tsx';
import { formatCalendarDate, formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ConferenceDetail } from '@/lib/server/conferences/get-conference.ts';

interface Props {
  conclusions: ConferenceDetail['conclusions'];
  canAssignTasks: boolean;
  t: Messages;
  locale: Locale;
}

/** The numbered conclusions, each with the tasks made from it; the office assigns more from a published one. */
export function ConclusionList({ conclusions, canAssignTasks, t, locale }: Props) {
  if (conclusions.length === 0) return <p className="text-sm text-stone-600">{t.conferences.conclusionsEmpty}</p>;
  return (
    <ol className="space-y-4">
      {conclusions.map((conclusion) => (
        <li key={conclusion.id} data-testid="conclusion" className="rounded-md border border-stone-100 p-3">
          <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
            <span className="font-semibold text-stone-900">{conclusion.number}.</span>
            {conclusion.publishedAt ? <Badge tone="good">{interpolate(t.conferences.published, { date: formatDate(conclusion.publishedAt, locale) })}</Badge> : <Badge tone="warn">{t.conferences.draft}</Badge>}
          </p>
          <p className="mt-1">{conclusion.content}</p>
          {conclusion.tasks.length > 0 ? (
            <ul className="mt-2 space-y-1 border-l-2 border-brand-100 pl-3 text-sm">
              {conclusion.tasks.map((task) => (
                <li key={task.id} data-testid="conclusion-task">
                  <Link href={`/tasks/${task.id}`} className="font-medium">{task.title}</Link>
                  <span className="block text-stone-600">
                    {t.tasks.owner}: {task.ownerOrganization.shortName ?? task.ownerOrganization.name}
                    {task.responsibleMember ? ` · ${t.tasks.responsible}: ${task.responsibleMember.fullName}` : ''}
                    {task.dueDate ? ` · ${t.tasks.due}: ${formatCalendarDate(task.dueDate, locale)}` : ''}
                    {` · ${t.tasks.statuses[task.status]} ${task.progress} %`}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {canAssignTasks && conclusion.publishedAt ? (
            <Link href={`/tasks/new?conclusionId=${conclusion.id}`} className="mt-2 inline-block rounded-md border border-stone-300 px-3 py-1 text-sm no-underline">
              {t.tasks.detail.assign}<span className="sr-only"> — {interpolate(t.tasks.form.fromConclusion, { number: conclusion.number })}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
