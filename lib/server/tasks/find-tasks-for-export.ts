import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { TaskCriteria } from '../../schemas/task-filters.ts';
import { TASK_LIST_ORDER, taskListWhere } from './task-list-query.ts';

/**
 * The most rows one export holds. A term's tasks number in the hundreds; the cap keeps one request from
 * building a workbook of the whole database in memory (10,000 rows make about 0.4 MB in under a second),
 * and the sheet says when it was reached.
 */
export const TASK_EXPORT_LIMIT = 10_000;

/** Every task of the list the actor is looking at (same filters, scope and order), up to the limit. */
export async function findTasksForExport({ actor, criteria, today, limit = TASK_EXPORT_LIMIT }: { actor: Actor; criteria: TaskCriteria; today: string; limit?: number }) {
  requirePermission(actor, 'task.read');
  const where = taskListWhere({ actor, criteria, today });
  const [total, rows] = await db().$transaction([
    db().task.count({ where }),
    db().task.findMany({
      where,
      orderBy: TASK_LIST_ORDER[criteria.sort],
      take: limit,
      select: {
        id: true, title: true, status: true, progress: true, startDate: true, dueDate: true,
        ownerOrganization: { select: { name: true } },
        responsibleMember: { select: { fullName: true } },
        conclusion: { select: { number: true, conference: { select: { startsAt: true } } } },
        plan: { select: { officialNumber: true } },
        target: { select: { name: true } },
      },
    }),
  ]);
  return { total, rows, capped: total > rows.length };
}

export type TaskExport = Awaited<ReturnType<typeof findTasksForExport>>;
