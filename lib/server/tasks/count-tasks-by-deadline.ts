import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { taskScopeSql } from '../../auth/scope-sql.ts';
import { db } from '../../db/client.ts';
import { addDays } from '../../domain/calendar.ts';
import { DUE_SOON_DAYS } from '../../domain/task-deadline.ts';
import { OPEN_TASK_SQL } from './open-task-sql.ts';

/**
 * Open tasks in scope split by deadline, counted in the database. "Overdue" is derived from the due
 * date and today's date in Vietnam, never stored (PRODUCT.md §4). One pass over the open tasks with
 * FILTER aggregates (three COUNTs read them three times), from the index of open tasks that holds the
 * scope's columns (migration 20261206050500_open_task_deadline_index): the table itself is never read, and
 * the count of a province's 45,000 open tasks went from 44 to 21 ms (`npm run bench`'s L data).
 */
export async function countTasksByDeadline({ actor, today }: { actor: Actor; today: string }) {
  requirePermission(actor, 'task.read');
  const [counts] = await db().$queryRaw<{ overdue: number; dueSoon: number; open: number }[]>`
    SELECT
      (count(*) FILTER (WHERE t."dueDate" < ${today}::date))::int AS overdue,
      (count(*) FILTER (WHERE t."dueDate" BETWEEN ${today}::date AND ${addDays(today, DUE_SOON_DAYS)}::date))::int AS "dueSoon",
      count(*)::int AS open
    FROM "Task" t
    WHERE ${taskScopeSql(actor)} AND ${OPEN_TASK_SQL}`;
  return counts!;
}
