import 'server-only';
import { taskScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { addDays } from '../../domain/calendar.ts';
import { DUE_SOON_DAYS } from '../../domain/task-deadline.ts';
import { asDateColumn, DASHBOARD_TASK_ORDER, DASHBOARD_TASK_SELECT, OPEN_TASK_STATUSES } from './dashboard-task-row.ts';

/**
 * The first `take` overdue and due-soon tasks in the actor's scope (lib/domain/task-deadline.ts:
 * overdue is open and due before today, due soon is due today or within DUE_SOON_DAYS), longest
 * overdue and soonest due first. Two statements, each a LIMIT on the (status, dueDate) index, however
 * many tasks there are; the totals come from countTasksByDeadline.
 */
export async function findDeadlineTasks({ actor, today, take = 5 }: { actor: Actor; today: string; take?: number }) {
  requirePermission(actor, 'task.read');
  const open = { AND: [taskScope(actor), { status: { in: OPEN_TASK_STATUSES } }] };
  const [overdue, dueSoon] = await Promise.all([
    db().task.findMany({
      where: { AND: [open, { dueDate: { lt: asDateColumn(today) } }] },
      orderBy: DASHBOARD_TASK_ORDER, take, select: DASHBOARD_TASK_SELECT,
    }),
    db().task.findMany({
      where: { AND: [open, { dueDate: { gte: asDateColumn(today), lte: asDateColumn(addDays(today, DUE_SOON_DAYS)) } }] },
      orderBy: DASHBOARD_TASK_ORDER, take, select: DASHBOARD_TASK_SELECT,
    }),
  ]);
  return { overdue, dueSoon };
}
