import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgressForm } from '@/components/task/progress-form.tsx';
import { TaskHistory } from '@/components/task/task-history.tsx';
import { TaskThread } from '@/components/task/task-thread.tsx';
import { DeadlineBadge, TaskStatusBadge } from '@/components/task/task-badges.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { requireUser } from '@/lib/auth/session.ts';
import { now } from '@/lib/clock.ts';
import { calendarDateOf } from '@/lib/domain/calendar.ts';
import { deadlineState, todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { serverEnv } from '@/lib/env.ts';
import { formatCalendarDate, formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { getTask } from '@/lib/server/tasks/get-task.ts';
import { reportTaskProgressAction } from '../actions.ts';

interface Props { params: Promise<{ taskId: string }> }

const load = loadOncePerRequest(async ({ taskId }: Awaited<Props['params']>) => {
  const actor = await requireUser();
  return loadOrNotFound(taskId, (id) => getTask({ actor, taskId: id }));
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await load(props)).title };
}

export default async function TaskPage(props: Props) {
  const [task, { t, locale }] = await Promise.all([load(props), getMessages()]);
  const at = now();
  const today = todayInVietnam(at);
  const deadline = deadlineState({ dueDate: task.dueDate ? calendarDateOf(task.dueDate) : null, status: task.status, today });
  const owners = [task.ownerOrganization, ...task.coOwners.map((coOwner) => coOwner.organization)];
  return (
    <>
      <PageHeader title={task.title} eyebrow={`${t.tasks.title} · ${task.term.name}`} />
      <Section
        title={t.tasks.detail.heading}
        id="task-details"
        actions={task.canEdit ? <Link href={`/tasks/${task.id}/edit`} className="rounded-md border border-stone-300 px-3 py-1.5 text-sm no-underline">{t.tasks.detail.edit}</Link> : null}
      >
        <div className="mb-4 flex flex-wrap items-center gap-3" data-testid="task-state">
          <TaskStatusBadge status={task.status} t={t} />
          <DeadlineBadge deadline={deadline} t={t} />
          <span className="flex items-center gap-2 text-sm">
            <progress max={100} value={task.progress} aria-label={t.tasks.progress} className="h-2 w-40" />
            <span className="tabular-nums">{task.progress} %</span>
          </span>
        </div>
        <DetailsList
          items={[
            { label: t.tasks.owner, value: task.ownerOrganization.name },
            { label: t.tasks.coOwners, value: task.coOwners.length > 0 ? task.coOwners.map((coOwner) => coOwner.organization.name).join('; ') : t.common.none },
            { label: t.tasks.responsible, value: task.responsibleMember ? [task.responsibleMember.fullName, task.responsibleMember.title].filter(Boolean).join(' — ') : t.common.none },
            { label: t.tasks.form.startDate, value: task.startDate ? formatCalendarDate(task.startDate, locale) : t.common.none },
            { label: t.tasks.due, value: task.dueDate ? formatCalendarDate(task.dueDate, locale) : t.tasks.deadline.NO_DEADLINE },
            { label: t.tasks.priority, value: t.tasks.priorities[task.priority] },
            ...(task.description ? [{ label: t.tasks.form.description, value: task.description }] : []),
            ...(task.cancelReason ? [{ label: t.tasks.progressForm.cancelReason, value: task.cancelReason }] : []),
          ]}
        />
      </Section>
      <Section title={t.tasks.detail.thread} id="task-thread">
        <TaskThread task={task} t={t} locale={locale} />
      </Section>
      {task.canReport && task.status !== 'CANCELLED' ? (
        <Section title={t.tasks.progressForm.heading} id="task-report">
          <p className="mb-3 text-sm text-stone-600">{owners.map((owner) => owner.shortName ?? owner.name).join(', ')}</p>
          <ProgressForm action={reportTaskProgressAction} text={t.tasks} task={task} today={today} fileHint={interpolate(t.documents.fileHint, { max: formatNumber(serverEnv().DOCUMENT_MAX_BYTES / (1024 * 1024), locale) })} />
        </Section>
      ) : null}
      <Section title={t.tasks.detail.history} id="task-history">
        <TaskHistory updates={task.updates} now={at} t={t} locale={locale} />
      </Section>
    </>
  );
}
