import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { taskScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { mayCancelTask } from './task-rules.ts';

/**
 * One task with the thread it belongs to — up to its conclusion, conference, plan and target — its
 * co-owners and its dated history (newest first), and what the actor may do with it.
 */
export async function getTask({ actor, taskId }: { actor: Actor; taskId: string }) {
  requirePermission(actor, 'task.read');
  const task = await db().task.findFirst({
    where: { AND: [{ id: taskId }, taskScope(actor)] },
    select: {
      id: true, title: true, description: true, status: true, priority: true, progress: true, cancelReason: true,
      startDate: true, dueDate: true, version: true, createdAt: true, ownerOrganizationId: true, targetId: true,
      term: { select: { name: true } },
      ownerOrganization: { select: { id: true, name: true, shortName: true } },
      coOwners: { select: { organization: { select: { id: true, name: true, shortName: true } } } },
      responsibleMember: { select: { id: true, fullName: true, title: true } },
      conclusion: {
        select: {
          number: true, content: true,
          conference: { select: { id: true, title: true, startsAt: true, plan: { select: { id: true, officialNumber: true, title: true } } } },
        },
      },
      plan: { select: { id: true, officialNumber: true, title: true } },
      target: { select: { id: true, name: true, resolution: { select: { id: true, title: true } } } },
      updates: {
        orderBy: [{ reportedOn: 'desc' }, { createdAt: 'desc' }],
        select: {
          id: true, reportedOn: true, progress: true, status: true, note: true, createdAt: true,
          author: { select: { member: { select: { fullName: true } } } },
          documents: { select: { id: true, title: true, fileName: true, sizeBytes: true } },
        },
      },
    },
  });
  if (!task) throw new NotFoundError('Task');
  return {
    ...task,
    canEdit: can(actor.roles, 'task.update') && actor.managedOrganizationIds.includes(task.ownerOrganizationId),
    // The same rule as reportableTaskScope: the owner's office or unit, or the responsible person.
    canReport: can(actor.roles, 'task.report') && (
      [...actor.managedOrganizationIds, actor.organizationId].includes(task.ownerOrganizationId) || task.responsibleMember?.id === actor.memberId
    ),
    canCancel: mayCancelTask(actor, task),
    // The thread links up only where the actor may follow (plans and resolutions are the office's).
    canOpenPlan: can(actor.roles, 'plan.read'),
    canOpenTarget: can(actor.roles, 'resolution.read'),
  };
}

export type TaskDetail = Awaited<ReturnType<typeof getTask>>;
