import 'server-only';
import { taskScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { addDays } from '../../domain/calendar.ts';
import { DUE_SOON_DAYS } from '../../domain/task-deadline.ts';
import { OPEN_TASK_STATUSES } from '../../domain/task-status.ts';

/**
 * Open tasks in scope split by deadline, counted in the database. "Overdue" is derived from the due
 * date and today's date in Vietnam, never stored (PRODUCT.md §4).
 */
export async function countTasksByDeadline({ actor, today }: { actor: Actor; today: string }) {
  requirePermission(actor, 'task.read');
  const open = { AND: [taskScope(actor), { status: { in: OPEN_TASK_STATUSES } }] };
  const todayDate = new Date(`${today}T00:00:00Z`);
  const soonDate = new Date(`${addDays(today, DUE_SOON_DAYS)}T00:00:00Z`);
  const [overdue, dueSoon, total] = await db().$transaction([
    db().task.count({ where: { AND: [open, { dueDate: { lt: todayDate } }] } }),
    db().task.count({ where: { AND: [open, { dueDate: { gte: todayDate, lte: soonDate } }] } }),
    db().task.count({ where: open }),
  ]);
  return { overdue, dueSoon, open: total };
}
