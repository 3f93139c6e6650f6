import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { memberScope } from '../../auth/scope.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { calendarDateOf } from '../../domain/calendar.ts';
import { transferDateProblem } from '../../domain/member-transfer.ts';
import { vietnamDateOf } from '../../domain/vietnam-time.ts';
import type { TransferMemberInput } from '../../schemas/member.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { lockOpenUnit, MEMBER_AUDIT_SELECT, refuseNamesake } from './member-rules.ts';

/**
 * Moves an active member to another unit the actor manages (chuyển sinh hoạt Đảng), in one transaction:
 * the MemberTransfer row (the history), the member's current unit, and the audit row. The move is dated
 * today at the latest and never before the member's latest transfer. Committee seats are left as they
 * are: ending one is the committee's decision, so the member page lists the open ones after a transfer.
 */
export async function transferMember({ actor, memberId, version, toOrganizationId, effectiveDate, note }: { actor: Actor } & TransferMemberInput): Promise<{ id: string; transferId: string }> {
  requirePermission(actor, 'member.manage');
  return db().$transaction(async (tx) => {
    const before = await tx.member.findFirst({ where: { AND: [{ id: memberId }, memberScope(actor)] }, select: MEMBER_AUDIT_SELECT });
    if (!before) throw new NotFoundError('Member');
    if (before.version !== version) throw await staleRecordError(tx, 'Member', memberId);
    if (before.deactivatedAt !== null) throw new RuleViolationError('member.inactive');
    if (toOrganizationId === before.organizationId) throw new RuleViolationError('member.transferSameUnit', {}, 'toOrganizationId');
    await lockOpenUnit(tx, actor, toOrganizationId, 'toOrganizationId');

    const last = await tx.memberTransfer.findFirst({ where: { memberId }, orderBy: [{ effectiveDate: 'desc' }, { createdAt: 'desc' }], select: { effectiveDate: true } });
    const problem = transferDateProblem({ effectiveDate: calendarDateOf(effectiveDate), today: vietnamDateOf(now()), lastTransferDate: last ? calendarDateOf(last.effectiveDate) : null });
    if (problem?.code === 'future') throw new RuleViolationError('member.transferInFuture', {}, 'effectiveDate');
    if (problem?.code === 'beforeLast') throw new RuleViolationError('member.transferBeforeLast', { date: problem.last.split('-').reverse().join('/') }, 'effectiveDate');
    await refuseNamesake(tx, { organizationId: toOrganizationId, fullName: before.fullName, exceptMemberId: memberId, field: 'toOrganizationId' });

    const { count } = await tx.member.updateMany({ where: { id: memberId, version }, data: { organizationId: toOrganizationId, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Member', memberId);
    const transfer = await tx.memberTransfer.create({
      data: { memberId, fromOrganizationId: before.organizationId, toOrganizationId, effectiveDate, note, createdById: actor.userId },
      select: { id: true, fromOrganizationId: true, toOrganizationId: true, effectiveDate: true, note: true },
    });
    const after = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: MEMBER_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'member.transfer', entity: 'Member', entityId: memberId, before, after: { ...after, transfer } });
    return { id: memberId, transferId: transfer.id };
  });
}
