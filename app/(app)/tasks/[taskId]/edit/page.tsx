import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TaskForm } from '@/components/task/task-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { calendarDateOf } from '@/lib/domain/calendar.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { getTask } from '@/lib/server/tasks/get-task.ts';
import { getTaskFormOptions } from '@/lib/server/tasks/get-task-form-options.ts';
import { updateTaskAction } from '../../actions.ts';

interface Props { params: Promise<{ taskId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.tasks.detail.edit };
}

export default async function EditTaskPage({ params }: Props) {
  const actor = await requirePagePermission('task.update');
  const { taskId } = await params;
  const [task, { t }] = await Promise.all([loadOrNotFound(taskId, (id) => getTask({ actor, taskId: id })), getMessages()]);
  if (!task.canEdit) notFound();
  const options = await getTaskFormOptions({ actor, keep: { memberId: task.responsibleMember?.id, targetId: task.targetId } });
  return (
    <>
      <PageHeader title={t.tasks.detail.edit} eyebrow={task.title} />
      <TaskForm
        action={updateTaskAction}
        text={t.tasks}
        options={options}
        initial={{
          title: task.title, description: task.description ?? '', ownerOrganizationId: task.ownerOrganization.id,
          coOwnerIds: task.coOwners.map((coOwner) => coOwner.organization.id), responsibleMemberId: task.responsibleMember?.id ?? '',
          startDate: task.startDate ? calendarDateOf(task.startDate) : '', dueDate: task.dueDate ? calendarDateOf(task.dueDate) : '',
          priority: task.priority, targetId: task.targetId ?? '', taskId: task.id, version: String(task.version),
        }}
        cancelHref={`/tasks/${task.id}`}
      />
    </>
  );
}
