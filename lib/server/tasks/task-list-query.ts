import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { taskScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { OPEN_TASK_STATUSES } from '../../domain/task-status.ts';
import type { TaskCriteria } from '../../schemas/task-filters.ts';

// What the task list shows and in which order, shared by the page (find-tasks.ts) and the XLSX export
// (find-tasks-for-export.ts), so an exported file holds exactly the list the user was looking at.

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** The sort orders of the list; each ends with the id, so pages and exports are stable. */
export const TASK_LIST_ORDER: Record<TaskCriteria['sort'], Prisma.TaskOrderByWithRelationInput[]> = {
  due: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  priority: [{ priority: 'desc' }, { dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  updated: [{ updatedAt: 'desc' }, { id: 'asc' }],
  title: [{ title: 'asc' }, { id: 'asc' }],
};

/** The tasks in the actor's scope that match the filters; `today` is the Vietnam date overdue is measured against. */
export function taskListWhere({ actor, criteria, today }: { actor: Actor; criteria: TaskCriteria; today: string }): Prisma.TaskWhereInput {
  const where: Prisma.TaskWhereInput[] = [taskScope(actor)];
  if (criteria.termId) where.push({ termId: criteria.termId });
  if (criteria.planId) where.push({ OR: [{ planId: criteria.planId }, { conclusion: { conference: { planId: criteria.planId } } }] });
  if (criteria.conferenceId) where.push({ conclusion: { conferenceId: criteria.conferenceId } });
  // The unit as owner or co-owner (Task.unitIds holds both).
  if (criteria.ownerId) where.push({ unitIds: { has: criteria.ownerId } });
  if (criteria.personId) where.push({ responsibleMemberId: criteria.personId });
  if (criteria.targetId) where.push({ targetId: criteria.targetId });
  if (criteria.status) where.push({ status: criteria.status });
  // Overdue is derived, never stored: open and due before today (Vietnam time).
  if (criteria.overdue) where.push({ status: { in: OPEN_TASK_STATUSES }, dueDate: { lt: asDate(today) } });
  if (criteria.dueFrom) where.push({ dueDate: { gte: asDate(criteria.dueFrom) } });
  if (criteria.dueTo) where.push({ dueDate: { lte: asDate(criteria.dueTo) } });
  return { AND: where };
}
