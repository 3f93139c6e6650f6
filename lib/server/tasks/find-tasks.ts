import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { TASK_PAGE_SIZE, type TaskFilters } from '../../schemas/task-filters.ts';
import { TASK_LIST_ORDER, taskListWhere } from './task-list-query.ts';

/**
 * Beyond this many matches (ten pages) the list says "more than 250 — filter to narrow the list"
 * instead of counting them all. An exact count reads every task in scope (tens of thousands over a few
 * terms), and even a capped one walks the table in id order (Prisma orders a counted `take`) until it has
 * seen the cap: at 1,000 that was 13 ms of the overdue list at 50,000 tasks, more than the page itself.
 * The office narrows a list that long with its filters; the dashboard keeps the exact figures that matter.
 */
export const TASK_COUNT_CAP = 250;

/** One page of the tasks the actor may see, filtered and sorted in the database. */
export async function findTasks({ actor, filters, today }: { actor: Actor; filters: TaskFilters; today: string }) {
  requirePermission(actor, 'task.read');
  const where = taskListWhere({ actor, criteria: filters, today });
  // Two statements side by side on two connections: the count and the page need not be one snapshot.
  const [counted, found] = await Promise.all([
    db().task.count({ where, take: TASK_COUNT_CAP + 1 }),
    db().task.findMany({
      // The page's rows first, then their owners, people and conclusions by id (decision 017's way out):
      // joined into the same statement, the planner walked the due-date index and tested each task
      // against the filter (12,700 rows for one unit's first page at 100,000 tasks, 14 ms) rather than
      // sort the unit's 200 tasks, counting the joins once per candidate row instead of once per shown row.
      relationLoadStrategy: 'query',
      where,
      orderBy: TASK_LIST_ORDER[filters.sort],
      skip: (filters.page - 1) * TASK_PAGE_SIZE,
      // One row more than a page says whether there is a next one, whatever the count.
      take: TASK_PAGE_SIZE + 1,
      select: {
        id: true, title: true, status: true, priority: true, progress: true, startDate: true, dueDate: true,
        ownerOrganization: { select: { shortName: true, name: true } },
        responsibleMember: { select: { fullName: true } },
        conclusion: { select: { number: true, conference: { select: { id: true, startsAt: true } } } },
      },
    }),
  ]);
  const capped = counted > TASK_COUNT_CAP;
  return {
    total: Math.min(counted, TASK_COUNT_CAP),
    capped,
    rows: found.slice(0, TASK_PAGE_SIZE),
    page: filters.page,
    hasNext: found.length > TASK_PAGE_SIZE,
    /** Null when the count was capped: the pager then offers "next" without "of N". */
    pageCount: capped ? null : Math.max(1, Math.ceil(counted / TASK_PAGE_SIZE)),
  };
}

export type TaskPage = Awaited<ReturnType<typeof findTasks>>;
