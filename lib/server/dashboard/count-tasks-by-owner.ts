import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { managedTaskScopeSql } from '../../auth/scope-sql.ts';
import { db } from '../../db/client.ts';
import { taskCompletion, type TaskCompletion } from '../../domain/task-completion.ts';
import { OPEN_TASK_SQL } from '../tasks/open-task-sql.ts';

export interface OwnerCompletion extends TaskCompletion {
  organizationId: string;
  name: string;
}

const collator = new Intl.Collator('vi');

/**
 * Tasks per owner organisation of the actor's subtree (the primary owner: a co-owned task counts once,
 * for the unit that answers for it), split into open, overdue, done and cancelled.
 *
 * One statement, one pass: FILTER aggregates over an index-only scan of (ownerOrganizationId, status,
 * dueDate), which holds every column read. This is the one figure of the dashboard that reads every task
 * in scope; Prisma's groupBy needed two passes (and a third statement for the names) and groups by
 * status cast to text, which doubled the time at 50,000 tasks (bench:tasks).
 *
 * The scope is managedTaskScope (owned by an organisation the actor manages): every task it admits is
 * in taskScope too, and leaving out taskScope's co-owner branch keeps the count on that index.
 */
export async function countTasksByOwner({ actor, today }: { actor: Actor; today: string }): Promise<OwnerCompletion[]> {
  requirePermission(actor, 'task.read');
  if (actor.managedOrganizationIds.length === 0) return [];
  const rows = await db().$queryRaw<{ organizationId: string; name: string; open: number; overdue: number; done: number; cancelled: number }[]>`
    SELECT o.id::text AS "organizationId", coalesce(o."shortName", o.name) AS name, c.open, c.overdue, c.done, c.cancelled
    FROM (
      SELECT t."ownerOrganizationId",
        (count(*) FILTER (WHERE ${OPEN_TASK_SQL}))::int AS open,
        (count(*) FILTER (WHERE ${OPEN_TASK_SQL} AND t."dueDate" < ${today}::date))::int AS overdue,
        (count(*) FILTER (WHERE t."status" = 'DONE'))::int AS done,
        (count(*) FILTER (WHERE t."status" = 'CANCELLED'))::int AS cancelled
      FROM "Task" t
      WHERE ${managedTaskScopeSql(actor)}
      GROUP BY t."ownerOrganizationId"
    ) c
    JOIN "Organization" o ON o.id = c."ownerOrganizationId"`;
  return rows
    .map(({ organizationId, name, ...counts }) => ({ organizationId, name, ...taskCompletion(counts) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
