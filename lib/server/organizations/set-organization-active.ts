import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { mayDeactivate, type DeactivationBlockers } from '../../domain/organization-tree.ts';
import { OPEN_TASK_STATUSES } from '../../domain/task-status.ts';
import type { SetOrganizationActiveInput } from '../../schemas/organization.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { getOrganizationInScope, loadAdminTree, lockOrganizationRows, lockOrganizationTree, ORGANIZATION_AUDIT_SELECT, refuseMerged, refuseOwnRoot } from './organization-rules.ts';

/** What still holds an organisation open: its active child organisations, active members and open tasks. */
export async function countDeactivationBlockers(tx: Pick<Prisma.TransactionClient, 'organization' | 'member' | 'task'>, organizationId: string): Promise<DeactivationBlockers> {
  const [activeChildren, activeMembers, openTasks] = await Promise.all([
    tx.organization.count({ where: { parentId: organizationId, deactivatedAt: null, mergedIntoId: null } }),
    tx.member.count({ where: { organizationId, deactivatedAt: null } }),
    tx.task.count({ where: { ownerOrganizationId: organizationId, status: { in: OPEN_TASK_STATUSES } } }),
  ]);
  return { activeChildren, activeMembers, openTasks };
}

/**
 * Deactivates an organisation (never deletes it: its committees, conferences and closed tasks keep
 * their history) once nothing active depends on it — else the refusal says how many children, members
 * and open tasks must be moved or merged first; or reactivates it under an open parent. A merged
 * organisation stays as it is.
 */
export async function setOrganizationActive({ actor, organizationId, version, active }: { actor: Actor } & SetOrganizationActiveInput): Promise<{ id: string }> {
  requirePermission(actor, 'organization.manage');
  return db().$transaction(async (tx) => {
    await lockOrganizationTree(tx);
    const tree = await loadAdminTree(tx, actor);
    const before = await getOrganizationInScope(tx, tree, organizationId);
    if (before.version !== version) throw await staleRecordError(tx, 'Organization', organizationId);
    refuseMerged(before);
    if (active) {
      const parent = before.parentId ? await tx.organization.findUnique({ where: { id: before.parentId }, select: { name: true, deactivatedAt: true, mergedIntoId: true } }) : null;
      if (parent && (parent.deactivatedAt || parent.mergedIntoId)) throw new RuleViolationError('organization.reactivateUnderClosed', { parent: parent.name });
    } else {
      refuseOwnRoot(tree, before);
      // Locked first, so a member or task added meanwhile waits and then finds the organisation closed.
      await lockOrganizationRows(tx, [organizationId]);
      const blockers = await countDeactivationBlockers(tx, organizationId);
      if (!mayDeactivate(blockers)) {
        throw new RuleViolationError('organization.deactivateBlocked', { name: before.name, children: blockers.activeChildren, members: blockers.activeMembers, tasks: blockers.openTasks });
      }
    }
    const { count } = await tx.organization.updateMany({
      where: { id: organizationId, version },
      data: { deactivatedAt: active ? null : (before.deactivatedAt ?? now()), version: { increment: 1 } },
    });
    if (count === 0) throw await staleRecordError(tx, 'Organization', organizationId);
    const after = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: ORGANIZATION_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: active ? 'organization.reactivate' : 'organization.deactivate', entity: 'Organization', entityId: organizationId, before, after });
    return { id: organizationId };
  });
}
