import Link from 'next/link';
import { formatCalendarDate, formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { TaskDetail } from '@/lib/server/tasks/get-task.ts';

/** From a task back up: its conclusion, the conference that made it, that conference's plan, the target it serves. */
export function TaskThread({ task, t, locale }: { task: TaskDetail; t: Messages; locale: Locale }) {
  const conference = task.conclusion?.conference;
  const plan = conference?.plan ?? task.plan;
  const steps = [
    task.conclusion && conference
      ? {
          key: 'conclusion',
          label: t.tasks.detail.conclusion,
          value: (
            <>
              <Link href={`/conferences/${conference.id}#conclusions`}>{interpolate(t.tasks.list.fromConclusion, { number: task.conclusion.number, date: formatDate(conference.startsAt, locale) })}</Link>
              <span className="mt-1 block text-stone-700">{task.conclusion.content}</span>
            </>
          ),
        }
      : null,
    conference ? { key: 'conference', label: t.tasks.list.conference, value: <Link href={`/conferences/${conference.id}`}>{conference.title}</Link> } : null,
    plan ? { key: 'plan', label: t.tasks.list.plan, value: linkIf(task.canOpenPlan, `/plans/${plan.id}`, `${plan.officialNumber} — ${plan.title}`) } : null,
    task.target
      ? { key: 'target', label: t.tasks.target, value: linkIf(task.canOpenTarget, `/resolutions/${task.target.resolution.id}/targets/${task.target.id}`, task.target.name) }
      : null,
  ].filter((step) => step !== null);
  if (steps.length === 0) return <p className="text-sm text-stone-600">{interpolate(t.tasks.detail.standalone, { date: formatCalendarDate(task.createdAt, locale) })}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-brand-100 pl-4 text-sm" data-testid="task-thread">
      {steps.map((step) => (
        <li key={step.key}>
          <span className="block text-xs font-medium uppercase tracking-wide text-stone-600">{step.label}</span>
          {step.value}
        </li>
      ))}
    </ol>
  );
}

/** A link where the reader may follow it, plain text where the page would be closed to them. */
function linkIf(allowed: boolean, href: string, text: string) {
  return allowed ? <Link href={href}>{text}</Link> : <span>{text}</span>;
}
