import 'server-only';
import { taskScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { DASHBOARD_TASK_ORDER, DASHBOARD_TASK_SELECT, OPEN_TASK_STATUSES } from './dashboard-task-row.ts';

/**
 * An attendee's open tasks: those they are responsible for, and those of their own unit (owner or
 * co-owner), soonest deadline first, the first `take` of each with its total. Four statements,
 * whatever the number of tasks.
 */
export async function findMyTasks({ actor, take = 5 }: { actor: Actor; take?: number }) {
  requirePermission(actor, 'task.read');
  const open = { status: { in: OPEN_TASK_STATUSES } };
  const mine = { AND: [taskScope(actor), open, { responsibleMemberId: actor.memberId }] };
  const unit = {
    AND: [
      taskScope(actor),
      open,
      { unitIds: { has: actor.organizationId } },
    ],
  };
  const [mineTotal, mineRows, unitTotal, unitRows] = await Promise.all([
    db().task.count({ where: mine }),
    db().task.findMany({ where: mine, orderBy: DASHBOARD_TASK_ORDER, take, select: DASHBOARD_TASK_SELECT }),
    db().task.count({ where: unit }),
    db().task.findMany({ where: unit, orderBy: DASHBOARD_TASK_ORDER, take, select: DASHBOARD_TASK_SELECT }),
  ]);
  return {
    mine: { total: mineTotal, rows: mineRows },
    unit: { total: unitTotal, rows: unitRows, organizationId: actor.organizationId },
  };
}
