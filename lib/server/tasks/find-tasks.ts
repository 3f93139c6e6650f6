import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { TASK_PAGE_SIZE, type TaskFilters } from '../../schemas/task-filters.ts';
import { TASK_LIST_ORDER, taskListWhere } from './task-list-query.ts';

/** One page of the tasks the actor may see, filtered and sorted in the database. */
export async function findTasks({ actor, filters, today }: { actor: Actor; filters: TaskFilters; today: string }) {
  requirePermission(actor, 'task.read');
  const where = taskListWhere({ actor, criteria: filters, today });
  const [total, rows] = await db().$transaction([
    db().task.count({ where }),
    db().task.findMany({
      where,
      orderBy: TASK_LIST_ORDER[filters.sort],
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
