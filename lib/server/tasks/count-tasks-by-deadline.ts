import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { taskScopeSql } from '../../auth/scope-sql.ts';
import { db, Prisma } from '../../db/client.ts';
import { addDays } from '../../domain/calendar.ts';
import { DUE_SOON_DAYS } from '../../domain/task-deadline.ts';
import { OPEN_TASK_SQL } from './open-task-sql.ts';

/**
 * Open tasks in scope split by deadline, counted in the database. "Overdue" is derived from the due
 * date and today's date in Vietnam, never stored (PRODUCT.md §4). One statement.
 *
 * Overdue and due soon read the index of open tasks that holds the scope's columns (migration
 * 20261206050500_open_task_deadline_index) up to the end of the due-soon window only: what is late or
 * nearly so, not the years of work still ahead. All open tasks in scope, for a reader who manages one
 * subtree, is a sum of the subtree tally (SubtreeTaskTally, decision 019) plus the open tasks outside
 * that subtree which the reader answers for, or which his own unit holds when it lies outside: counting
 * every open task instead read a province's 45,000 of them on every dashboard (~20 ms, `npm run bench`
 * L). A reader of several subtrees (they may nest or share co-owned tasks) is counted task by task.
 */
export async function countTasksByDeadline({ actor, today }: { actor: Actor; today: string }) {
  requirePermission(actor, 'task.read');
  const soon = Prisma.sql`t."dueDate" <= ${addDays(today, DUE_SOON_DAYS)}::date`;
  const late = Prisma.sql`
    SELECT
      (count(*) FILTER (WHERE t."dueDate" < ${today}::date))::int AS overdue,
      (count(*) FILTER (WHERE t."dueDate" >= ${today}::date))::int AS "dueSoon"
    FROM "Task" t
    WHERE ${taskScopeSql(actor)} AND ${OPEN_TASK_SQL} AND ${soon}`;
  const [root] = actor.managingRootIds;
  const [counts] = root !== undefined && actor.managingRootIds.length === 1
    ? await db().$queryRaw<{ overdue: number; dueSoon: number; open: number }[]>`
        SELECT late.overdue, late."dueSoon", (subtree.open + outside.open)::int AS open
        FROM (${late}) late,
          (SELECT coalesce(sum(t.tasks), 0) AS open FROM "SubtreeTaskTally" t WHERE t."organizationId" = ${root}::uuid AND ${OPEN_TASK_SQL}) subtree,
          (SELECT count(*) AS open FROM "Task" t
           WHERE ${OPEN_TASK_SQL} AND NOT (t."unitPathIds" && ARRAY[${root}::uuid])
             AND (${outsideOwnUnitSql(actor)} OR t."responsibleMemberId" = ${actor.memberId}::uuid)) outside`
    : await db().$queryRaw<{ overdue: number; dueSoon: number; open: number }[]>`
        SELECT late.overdue, late."dueSoon", (SELECT count(*)::int FROM "Task" t WHERE ${taskScopeSql(actor)} AND ${OPEN_TASK_SQL}) AS open
        FROM (${late}) late`;
  return counts!;
}

/** The tasks of the reader's own unit, where that unit lies outside the subtree he manages (else none: the tally holds them). */
function outsideOwnUnitSql(actor: Actor): Prisma.Sql {
  return actor.managedOrganizationIds.includes(actor.organizationId) ? Prisma.sql`false` : Prisma.sql`t."unitIds" @> ARRAY[${actor.organizationId}::uuid]`;
}
