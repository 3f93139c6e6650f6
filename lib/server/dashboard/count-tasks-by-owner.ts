import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { managedTaskScope } from '../../auth/scope.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { taskCompletion, type TaskCompletion } from '../../domain/task-completion.ts';
import { asDateColumn, OPEN_TASK_STATUSES } from './dashboard-task-row.ts';

export interface OwnerCompletion extends TaskCompletion {
  organizationId: string;
  name: string;
}

const collator = new Intl.Collator('vi');

/**
 * Tasks per owner organisation of the actor's subtree (the primary owner: a co-owned task counts once,
 * for the unit that answers for it), split into open, overdue, done and cancelled, counted by the
 * database. Three statements whatever the number of tasks: two GROUP BYs that the
 * (ownerOrganizationId, status, dueDate) index answers, and the names of the organisations found.
 *
 * The scope is managedTaskScope (owned by an organisation the actor manages): every task it admits is
 * in taskScope too, and leaving out taskScope's co-owner branch keeps the count on the index.
 */
export async function countTasksByOwner({ actor, today }: { actor: Actor; today: string }): Promise<OwnerCompletion[]> {
  requirePermission(actor, 'task.read');
  if (actor.managedOrganizationIds.length === 0) return [];
  const owned = managedTaskScope(actor);
  const [byStatus, overdue] = await Promise.all([
    db().task.groupBy({ by: ['ownerOrganizationId', 'status'], where: owned, _count: { _all: true } }),
    db().task.groupBy({
      by: ['ownerOrganizationId'],
      where: { AND: [owned, { status: { in: OPEN_TASK_STATUSES }, dueDate: { lt: asDateColumn(today) } }] },
      _count: { _all: true },
    }),
  ]);
  if (byStatus.length === 0) return [];

  const counts = new Map<string, { open: number; overdue: number; done: number; cancelled: number }>();
  const of = (id: string) => {
    let entry = counts.get(id);
    if (!entry) counts.set(id, (entry = { open: 0, overdue: 0, done: 0, cancelled: 0 }));
    return entry;
  };
  for (const group of byStatus) {
    const entry = of(group.ownerOrganizationId);
    if (group.status === 'DONE') entry.done += group._count._all;
    else if (group.status === 'CANCELLED') entry.cancelled += group._count._all;
    else entry.open += group._count._all;
  }
  for (const group of overdue) of(group.ownerOrganizationId).overdue = group._count._all;

  const organizations = await db().organization.findMany({
    where: { id: { in: [...counts.keys()] } },
    select: { id: true, name: true, shortName: true },
  });
  return organizations
    .map((organization) => ({
      organizationId: organization.id,
      name: organization.shortName ?? organization.name,
      ...taskCompletion(counts.get(organization.id) ?? { open: 0, overdue: 0, done: 0, cancelled: 0 }),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
