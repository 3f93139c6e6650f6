import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { TaskForm } from '@/components/task/task-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { recordIdSchema } from '@/lib/schemas/ids.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { getConclusionForTask, getTaskFormOptions } from '@/lib/server/tasks/get-task-form-options.ts';
import { createTaskAction } from '../actions.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.tasks.form.create };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** A new task, from a published conclusion (?conclusionId=…), a plan (?planId=…), a target (?targetId=…) or on its own. */
export default async function NewTaskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('task.create');
  const params = await searchParams;
  const conclusionId = recordIdSchema.safeParse(params.conclusionId).data;
  const targetId = recordIdSchema.safeParse(params.targetId).data;
  const planId = conclusionId ? undefined : recordIdSchema.safeParse(params.planId).data;
  const [{ t, locale }, options, conclusion] = await Promise.all([
    getMessages(),
    getTaskFormOptions({ actor }),
    conclusionId ? getConclusionForTask({ actor, conclusionId }) : null,
  ]);
  // A link to a conclusion that is not there (or not published, or not the actor's) is not a blank form.
  if (params.conclusionId !== undefined && !conclusion) notFound();
  // The conference's host for a conclusion's task, else the actor's own (top) organisation.
  const preferredOwner = conclusion?.conference.hostOrganizationId ?? actor.managedOrganizationIds[0];
  const owner = options.owners.find((organization) => organization.id === preferredOwner) ?? options.owners[0];
  const cancelHref = conclusion ? `/conferences/${conclusion.conference.id}#conclusions` : planId ? `/plans/${planId}` : '/tasks';
  return (
    <>
      <PageHeader title={t.tasks.form.create} />
      {conclusion ? (
        <Section title={interpolate(t.tasks.form.fromConclusion, { number: conclusion.number })} id="task-source">
          <p className="text-sm text-stone-600"><Link href={`/conferences/${conclusion.conference.id}`}>{conclusion.conference.title}</Link> · {formatDate(conclusion.conference.startsAt, locale)}</p>
          <p className="mt-1 whitespace-pre-line">{conclusion.content}</p>
        </Section>
      ) : null}
      <TaskForm
        action={createTaskAction}
        text={t.tasks}
        options={options}
        initial={{
          title: '', description: '', ownerOrganizationId: owner?.id ?? '', coOwnerIds: [], responsibleMemberId: '', startDate: '', dueDate: '',
          priority: 'NORMAL', targetId: targetId ?? '', conclusionId: conclusion?.id, planId,
        }}
        cancelHref={cancelHref}
      />
    </>
  );
}
