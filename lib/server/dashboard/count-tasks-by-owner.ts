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
 * One statement whose cost does not grow with the term's history: open, done and cancelled are sums
 * of the task tally (TaskTally, kept by triggers: a few rows per unit and status), and only the overdue
 * tasks are counted one by one: open and due before today, a range of the index of open tasks by due
 * date, whose entries hold the owner, joined to a hash of the reader's units. (With `owner = ANY(units)`
 * on the task, PostgreSQL walked the (owner, status, dueDate) index unit by unit and read 59,000 entries
 * for a province's 6,900 overdue tasks: 8.5 → 5 ms.) Counting every task in scope instead took 11–14 ms
 * of the dashboard at 50,000 tasks, and more with each year (`npm run bench:tasks`).
 *
 * The scope is managedTaskScope (owned by an organisation the actor manages): every task it admits is
 * in taskScope too, and owners are what the tally is kept by.
 */
export async function countTasksByOwner({ actor, today }: { actor: Actor; today: string }): Promise<OwnerCompletion[]> {
  requirePermission(actor, 'task.read');
  if (actor.managedOrganizationIds.length === 0) return [];
  const rows = await db().$queryRaw<{ organizationId: string; name: string; open: number; overdue: number; done: number; cancelled: number }[]>`
    SELECT o.id::text AS "organizationId", coalesce(o."shortName", o.name) AS name,
      c.open, coalesce(late.overdue, 0) AS overdue, c.done, c.cancelled
    FROM (
      SELECT t."ownerOrganizationId",
        coalesce(sum(t.tasks) FILTER (WHERE ${OPEN_TASK_SQL}), 0)::int AS open,
        coalesce(sum(t.tasks) FILTER (WHERE t."status" = 'DONE'), 0)::int AS done,
        coalesce(sum(t.tasks) FILTER (WHERE t."status" = 'CANCELLED'), 0)::int AS cancelled
      FROM "TaskTally" t
      WHERE ${managedTaskScopeSql(actor)}
      GROUP BY t."ownerOrganizationId"
    ) c
    JOIN "Organization" o ON o.id = c."ownerOrganizationId"
    LEFT JOIN (
      SELECT t."ownerOrganizationId", count(*)::int AS overdue
      FROM "Task" t JOIN "Organization" unit ON unit.id = t."ownerOrganizationId"
      WHERE unit."pathIds" && ${actor.managingRootIds}::uuid[] AND ${OPEN_TASK_SQL} AND t."dueDate" < ${today}::date
      GROUP BY t."ownerOrganizationId"
    ) late ON late."ownerOrganizationId" = c."ownerOrganizationId"
    -- A unit whose tasks all moved away (a merge) keeps tally rows that sum to nothing.
    WHERE c.open + c.done + c.cancelled > 0`;
  return rows
    .map(({ organizationId, name, ...counts }) => ({ organizationId, name, ...taskCompletion(counts) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
