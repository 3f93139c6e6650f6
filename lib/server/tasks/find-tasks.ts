import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { taskScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { TaskStatus } from '../../db/generated/prisma/enums.ts';
import { TASK_PAGE_SIZE, type TaskFilters } from '../../schemas/task-filters.ts';

const OPEN: TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'PAUSED'];
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

const ORDER: Record<TaskFilters['sort'], Prisma.TaskOrderByWithRelationInput[]> = {
  due: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  priority: [{ priority: 'desc' }, { dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  updated: [{ updatedAt: 'desc' }, { id: 'asc' }],
  title: [{ title: 'asc' }, { id: 'asc' }],
};

function filterWhere(filters: TaskFilters, today: string): Prisma.TaskWhereInput[] {
  const where: Prisma.TaskWhereInput[] = [];
  if (filters.termId) where.push({ termId: filters.termId });
  if (filters.planId) where.push({ OR: [{ planId: filters.planId }, { conclusion: { conference: { planId: filters.planId } } }] });
  if (filters.conferenceId) where.push({ conclusion: { conferenceId: filters.conferenceId } });
  if (filters.ownerId) where.push({ OR: [{ ownerOrganizationId: filters.ownerId }, { coOwners: { some: { organizationId: filters.ownerId } } }] });
  if (filters.personId) where.push({ responsibleMemberId: filters.personId });
  if (filters.targetId) where.push({ targetId: filters.targetId });
  if (filters.status) where.push({ status: filters.status });
  // Overdue is derived, never stored: open and due before today (Vietnam time).
  if (filters.overdue) where.push({ status: { in: OPEN }, dueDate: { lt: asDate(today) } });
  if (filters.dueFrom) where.push({ dueDate: { gte: asDate(filters.dueFrom) } });
  if (filters.dueTo) where.push({ dueDate: { lte: asDate(filters.dueTo) } });
  return where;
}

/** One page of the tasks the actor may see, filtered and sorted in the database. */
export async function findTasks({ actor, filters, today }: { actor: Actor; filters: TaskFilters; today: string }) {
  requirePermission(actor, 'task.read');
  const where: Prisma.TaskWhereInput = { AND: [taskScope(actor), ...filterWhere(filters, today)] };
  const [total, rows] = await db().$transaction([
    db().task.count({ where }),
    db().task.findMany({
      where,
      orderBy: ORDER[filters.sort],
      skip: (filters.page - 1) * TASK_PAGE_SIZE,
      take: TASK_PAGE_SIZE,
      select: {
        id: true, title: true, status: true, priority: true, progress: true, startDate: true, dueDate: true,
        ownerOrganization: { select: { shortName: true, name: true } },
        responsibleMember: { select: { fullName: true } },
        conclusion: { select: { number: true, conference: { select: { id: true, startsAt: true } } } },
      },
    }),
  ]);
  return { total, rows, page: filters.page, pageCount: Math.max(1, Math.ceil(total / TASK_PAGE_SIZE)) };
}

export type TaskPage = Awaited<ReturnType<typeof findTasks>>;
