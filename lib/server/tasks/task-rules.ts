import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can } from '../../auth/permissions.ts';
import { resolutionScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

export interface TaskPeople {
  ownerOrganizationId: string;
  coOwnerIds: string[];
  responsibleMemberId: string | null;
  targetId: string | null;
}

/**
 * The rules a task keeps whether it is created or edited: the office assigns tasks to the units it
 * manages; co-owners are any active organisations (another department may help); the responsible person
 * works in the owner or a co-owner; a target is one of the actor's resolutions.
 * Returns the co-owners without the owner itself (owning and co-owning at once says nothing more).
 * On an edit (`saved`), a target kept as it was is not checked again: it may belong to a resolution of
 * the office above, which assigned the task.
 */
export async function checkTaskRules(tx: Tx, actor: Actor, people: TaskPeople, saved?: Pick<TaskPeople, 'responsibleMemberId' | 'targetId'>): Promise<{ coOwnerIds: string[] }> {
  const { ownerOrganizationId, responsibleMemberId, targetId } = people;
  if (!actor.managedOrganizationIds.includes(ownerOrganizationId)) throw new RuleViolationError('task.ownerOutOfScope', {}, 'ownerOrganizationId');
  const owner = await tx.organization.findFirst({ where: { id: ownerOrganizationId, deactivatedAt: null, mergedIntoId: null }, select: { id: true } });
  if (!owner) throw new RuleViolationError('invalidChoice', {}, 'ownerOrganizationId');

  const coOwnerIds = people.coOwnerIds.filter((id) => id !== ownerOrganizationId);
  if (coOwnerIds.length > 0) {
    const found = await tx.organization.count({ where: { id: { in: coOwnerIds }, deactivatedAt: null, mergedIntoId: null } });
    if (found !== coOwnerIds.length) throw new RuleViolationError('invalidChoice', {}, 'coOwnerIds');
  }

  if (responsibleMemberId) {
    const member = await tx.member.findFirst({
      where: { id: responsibleMemberId, deactivatedAt: null, organizationId: { in: [ownerOrganizationId, ...coOwnerIds] } },
      select: { id: true },
    });
    if (!member) throw new RuleViolationError('task.responsibleNotInOwners', {}, 'responsibleMemberId');
  }

  if (targetId && targetId !== saved?.targetId) {
    const target = await tx.target.findFirst({ where: { id: targetId, resolution: resolutionScope(actor) }, select: { id: true } });
    if (!target) throw new RuleViolationError('invalidChoice', {}, 'targetId');
  }
  return { coOwnerIds };
}

/** A task's start and due dates fall within its term (PRODUCT.md: a task serves one term's resolution). */
export async function checkTaskDatesInTerm(tx: Tx, termId: string, dates: { startDate: Date | null; dueDate: Date | null }): Promise<void> {
  const term = await tx.term.findUniqueOrThrow({ where: { id: termId }, select: { startYear: true, endYear: true } });
  for (const field of ['startDate', 'dueDate'] as const) {
    const year = dates[field]?.getUTCFullYear();
    if (year !== undefined && (year < term.startYear || year > term.endYear)) {
      throw new RuleViolationError('task.dateOutsideTerm', { start: term.startYear, end: term.endYear }, field);
    }
  }
}

/** Cancelling drops work the committee assigned: a decision of the office that manages the owner. */
export function mayCancelTask(actor: Actor, task: { ownerOrganizationId: string }): boolean {
  return can(actor.roles, 'task.update') && actor.managedOrganizationIds.includes(task.ownerOrganizationId);
}

/** The fields of a task as the audit log keeps them. */
export const TASK_AUDIT_SELECT = {
  id: true, title: true, description: true, termId: true, conclusionId: true, planId: true, targetId: true, ownerOrganizationId: true,
  responsibleMemberId: true, startDate: true, dueDate: true, priority: true, status: true, progress: true, cancelReason: true, version: true,
  coOwners: { select: { organizationId: true }, orderBy: { organizationId: 'asc' } },
} as const satisfies Prisma.TaskSelect;
