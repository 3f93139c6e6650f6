import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { calendarDateOf } from '../../domain/calendar.ts';
import { mergeProblem, subtreeIds, type MergeProblem } from '../../domain/organization-tree.ts';
import { OPEN_TASK_STATUSES } from '../../domain/task-status.ts';
import { vietnamDateOf } from '../../domain/vietnam-time.ts';
import type { MergeOrganizationInput } from '../../schemas/organization.ts';
import { ACCOUNT_AUDIT_SELECT } from '../accounts/admin-scope.ts';
import { recordAudit, recordAudits } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { getOrganizationInScope, kindError, loadAdminTree, lockOrganizationRows, lockOrganizationTree, ORGANIZATION_AUDIT_SELECT, refuseOwnRoot } from './organization-rules.ts';

type Tx = Prisma.TransactionClient;

/** A member as the audit log keeps it (the fields of lib/server/members/member-rules.ts). */
const MEMBER_SELECT = {
  id: true, fullName: true, organizationId: true, title: true, email: true, phone: true, isPartyMember: true, deactivatedAt: true, version: true,
} satisfies Prisma.MemberSelect;

const TASK_SELECT = {
  id: true, ownerOrganizationId: true, status: true, version: true,
  coOwners: { select: { organizationId: true }, orderBy: { organizationId: 'asc' } },
} satisfies Prisma.TaskSelect;

export interface MergeCounts {
  members: number;
  children: number;
  ownedTasks: number;
  coOwnedTasks: number;
  roles: number;
}

const ddmmyyyy = (isoDate: string) => isoDate.split('-').reverse().join('/');

function mergeError(problem: MergeProblem, source: { name: string }, target: { name: string }): RuleViolationError {
  switch (problem) {
    case 'sameOrganization': return new RuleViolationError('organization.mergeSame', {}, 'targetId');
    case 'intoOwnSubtree': return new RuleViolationError('organization.mergeIntoOwnSubtree', { name: source.name }, 'targetId');
    case 'sourceClosed': return new RuleViolationError('organization.mergeSourceClosed', { name: source.name });
    case 'targetClosed': return new RuleViolationError('organization.mergeTargetClosed', { name: target.name }, 'targetId');
    default: return kindError(problem, 'targetId');
  }
}

/**
 * Merges organisation A into B (hợp nhất), both in the admin's tree, in one transaction — all of it or
 * nothing:
 * - A's active members move to B, each with a MemberTransfer row dated on the merge day ("Hợp nhất vào B");
 * - A's child organisations are re-parented to B;
 * - A's open tasks get B as owner, and A's co-owner rows on open tasks become B's (dropped where B
 *   already owns or co-owns the task);
 * - secretary and attendee roles given on A move to B (dropped where the user already has the same role
 *   on B); admin roles stay on A (see moveRoles);
 * - A is marked merged into B, on the merge day, and deactivated.
 * Committees, terms, conferences, plans, resolutions, closed tasks, deactivated members and the
 * history stay with A, whose page then points to B. Each changed record gets its own audit row (so
 * its history and the "changed by" of a stale form name the merge), and A a summary row with the counts.
 */
export async function mergeOrganization({ actor, organizationId, version, targetId, mergedOn }: { actor: Actor } & Omit<MergeOrganizationInput, 'confirm'>): Promise<{ id: string; targetId: string; counts: MergeCounts }> {
  requirePermission(actor, 'organization.manage');
  return db().$transaction(async (tx) => {
    await lockOrganizationTree(tx);
    const tree = await loadAdminTree(tx, actor);
    const source = await getOrganizationInScope(tx, tree, organizationId);
    if (source.version !== version) throw await staleRecordError(tx, 'Organization', organizationId);
    if (!tree.scope.includes(targetId)) throw new RuleViolationError('organization.mergeTargetOutOfScope', {}, 'targetId');
    refuseOwnRoot(tree, source);
    // Members, tasks and roles added to either meanwhile wait for this transaction, then see the result.
    await lockOrganizationRows(tx, [organizationId, targetId]);
    const target = await tx.organization.findUnique({ where: { id: targetId }, select: { id: true, name: true, kind: true, deactivatedAt: true, mergedIntoId: true } });
    if (!target) throw new RuleViolationError('organization.mergeTargetOutOfScope', {}, 'targetId');
    const children = await tx.organization.findMany({ where: { parentId: organizationId }, select: ORGANIZATION_AUDIT_SELECT });
    const problem = mergeProblem({
      source: { id: source.id, closed: Boolean(source.deactivatedAt || source.mergedIntoId) },
      target: { id: target.id, kind: target.kind, closed: Boolean(target.deactivatedAt || target.mergedIntoId) },
      subtreeOfSource: subtreeIds(tree.parentOf, organizationId),
      childKindsOfSource: children.map((child) => child.kind),
    });
    if (problem) throw mergeError(problem, source, target);

    const day = calendarDateOf(mergedOn);
    const today = vietnamDateOf(now());
    if (day > today) throw new RuleViolationError('organization.mergeInFuture', { date: ddmmyyyy(today) }, 'mergedOn');
    const members = await tx.member.findMany({ where: { organizationId, deactivatedAt: null }, select: MEMBER_SELECT });
    const memberIds = members.map((member) => member.id);
    // A member's history reads in date order: the merge cannot predate their latest transfer.
    const lastTransfer = memberIds.length === 0 ? null : await tx.memberTransfer.findFirst({ where: { memberId: { in: memberIds } }, orderBy: { effectiveDate: 'desc' }, select: { effectiveDate: true } });
    if (lastTransfer && calendarDateOf(lastTransfer.effectiveDate) > day) {
      throw new RuleViolationError('organization.mergeBeforeTransfer', { date: ddmmyyyy(calendarDateOf(lastTransfer.effectiveDate)) }, 'mergedOn');
    }

    // A first: the version (and its still being open) in the WHERE clause makes the check and the write one step.
    const { count } = await tx.organization.updateMany({
      where: { id: organizationId, version, mergedIntoId: null, deactivatedAt: null },
      data: { mergedIntoId: targetId, mergedAt: mergedOn, deactivatedAt: now(), version: { increment: 1 } },
    });
    if (count === 0) throw await staleRecordError(tx, 'Organization', organizationId);
    const cause = { cause: 'organization.merge', mergedOrganizationId: organizationId, intoOrganizationId: targetId };

    const transfers = await moveMembers(tx, actor, { members, organizationId, target, mergedOn });
    await recordAudits(tx, actor, members.map((member, index) => ({
      action: 'member.transfer', entity: 'Member', entityId: member.id, before: member,
      after: { ...member, organizationId: targetId, version: member.version + 1, transfer: transfers[index], ...cause },
    })));

    await tx.organization.updateMany({ where: { parentId: organizationId }, data: { parentId: targetId, version: { increment: 1 } } });
    await recordAudits(tx, actor, children.map((child) => ({
      action: 'organization.move', entity: 'Organization', entityId: child.id, before: child, after: { ...child, parentId: targetId, version: child.version + 1, ...cause },
    })));

    const tasks = await moveOpenTasks(tx, organizationId, targetId);
    await recordAudits(tx, actor, tasks.map((task) => ({ action: 'task.update', entity: 'Task', entityId: task.before.id, before: task.before, after: { ...task.after, ...cause } })));

    const accounts = await moveRoles(tx, organizationId, targetId);
    await recordAudits(tx, actor, accounts.map((account) => ({ action: 'account.changeRoles', entity: 'User', entityId: account.before.id, before: account.before, after: { ...account.after, ...cause } })));

    const counts: MergeCounts = {
      members: members.length,
      children: children.length,
      ownedTasks: tasks.filter((task) => task.before.ownerOrganizationId === organizationId).length,
      coOwnedTasks: tasks.filter((task) => task.before.coOwners.some((coOwner) => coOwner.organizationId === organizationId)).length,
      roles: accounts.reduce((sum, account) => sum + account.before.roles.filter((role) => role.organizationId === organizationId && role.role !== 'ADMIN').length, 0),
    };
    const after = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: ORGANIZATION_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'organization.merge', entity: 'Organization', entityId: organizationId, before: source, after: { ...after, into: { id: target.id, name: target.name }, moved: counts } });
    return { id: organizationId, targetId, counts };
  }, { timeout: 60_000 });
}

/** A's active members to B, each with its transfer row; returns the transfers in the members' order. */
async function moveMembers(tx: Tx, actor: Actor, { members, organizationId, target, mergedOn }: { members: { id: string }[]; organizationId: string; target: { id: string; name: string }; mergedOn: Date }) {
  if (members.length === 0) return [];
  const note = `Hợp nhất vào ${target.name}`;
  const transfers = members.map((member) => ({ memberId: member.id, fromOrganizationId: organizationId, toOrganizationId: target.id, effectiveDate: mergedOn, note, createdById: actor.userId }));
  await tx.member.updateMany({ where: { id: { in: members.map((member) => member.id) } }, data: { organizationId: target.id, version: { increment: 1 } } });
  await tx.memberTransfer.createMany({ data: transfers });
  return transfers;
}

/**
 * The open tasks A owns or co-owns: owned ones get B as owner; A's co-owner rows become B's. The
 * co-owner key is (task, organisation), so a row is dropped rather than duplicated where B is already
 * a co-owner, and none is made where B owns the task (an owner is never also its co-owner).
 */
async function moveOpenTasks(tx: Tx, organizationId: string, targetId: string) {
  const before = await tx.task.findMany({
    where: { status: { in: OPEN_TASK_STATUSES }, OR: [{ ownerOrganizationId: organizationId }, { coOwners: { some: { organizationId } } }] },
    select: TASK_SELECT,
  });
  if (before.length === 0) return [];
  const taskIds = before.map((task) => task.id);
  const ownedIds = before.filter((task) => task.ownerOrganizationId === organizationId).map((task) => task.id);
  const coOwned = before.filter((task) => task.coOwners.some((coOwner) => coOwner.organizationId === organizationId));
  await tx.task.updateMany({ where: { id: { in: ownedIds } }, data: { ownerOrganizationId: targetId } });
  await tx.task.updateMany({ where: { id: { in: taskIds } }, data: { version: { increment: 1 } } });
  await tx.taskCoOwner.deleteMany({ where: { organizationId, taskId: { in: taskIds } } });
  await tx.taskCoOwner.deleteMany({ where: { organizationId: targetId, taskId: { in: ownedIds } } });
  const ownerAfter = (task: (typeof before)[number]) => (task.ownerOrganizationId === organizationId ? targetId : task.ownerOrganizationId);
  await tx.taskCoOwner.createMany({
    data: coOwned.filter((task) => ownerAfter(task) !== targetId).map((task) => ({ taskId: task.id, organizationId: targetId })),
    skipDuplicates: true,
  });
  const after = new Map((await tx.task.findMany({ where: { id: { in: taskIds } }, select: TASK_SELECT })).map((task) => [task.id, task]));
  return before.map((task) => ({ before: task, after: after.get(task.id)! }));
}

/**
 * Secretary and attendee roles given on A move to B; where the user already holds that role on B (the
 * unique key), A's row goes. Admin roles stay on A, now read-only: moved, an admin of a cell merged into
 * its parent would administer the parent's whole tree — its accounts, and with no admin above it, the
 * audit log and outbox. Admin rights over B are given on purpose, on the account's page.
 */
async function moveRoles(tx: Tx, organizationId: string, targetId: string) {
  const roles = await tx.userRole.findMany({ where: { organizationId, role: { not: 'ADMIN' } }, select: { id: true, userId: true, role: true } });
  if (roles.length === 0) return [];
  const userIds = [...new Set(roles.map((role) => role.userId))];
  const before = await tx.user.findMany({ where: { id: { in: userIds } }, select: ACCOUNT_AUDIT_SELECT });
  const held = new Set((await tx.userRole.findMany({ where: { organizationId: targetId, userId: { in: userIds } }, select: { userId: true, role: true } })).map((role) => `${role.userId}:${role.role}`));
  const duplicate = roles.filter((role) => held.has(`${role.userId}:${role.role}`)).map((role) => role.id);
  await tx.userRole.deleteMany({ where: { id: { in: duplicate } } });
  await tx.userRole.updateMany({ where: { id: { in: roles.map((role) => role.id).filter((id) => !duplicate.includes(id)) } }, data: { organizationId: targetId } });
  await tx.user.updateMany({ where: { id: { in: userIds } }, data: { version: { increment: 1 } } });
  const after = new Map((await tx.user.findMany({ where: { id: { in: userIds } }, select: ACCOUNT_AUDIT_SELECT })).map((user) => [user.id, user]));
  return before.map((user) => ({ before: user, after: after.get(user.id)! }));
}
