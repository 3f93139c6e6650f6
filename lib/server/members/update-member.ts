import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { memberScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import type { UpdateMemberInput } from '../../schemas/member.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { lockUnit, MEMBER_AUDIT_SELECT, refuseNamesake } from './member-rules.ts';

/**
 * Saves a member's details edited from `version` (their unit changes only by a transfer, which keeps
 * the history); refuses, changing nothing, when someone saved the member in between or when the new
 * name is that of another active person of the unit.
 */
export async function updateMember({ actor, memberId, version, ...fields }: { actor: Actor } & UpdateMemberInput): Promise<{ id: string }> {
  requirePermission(actor, 'member.manage');
  return db().$transaction(async (tx) => {
    const before = await tx.member.findFirst({ where: { AND: [{ id: memberId }, memberScope(actor)] }, select: MEMBER_AUDIT_SELECT });
    if (!before) throw new NotFoundError('Member');
    // A stale form is told so first, whatever else it would be refused for.
    if (before.version !== version) throw await staleRecordError(tx, 'Member', memberId);
    if (before.deactivatedAt === null && fields.fullName !== before.fullName) {
      await lockUnit(tx, before.organizationId);
      await refuseNamesake(tx, { organizationId: before.organizationId, fullName: fields.fullName, exceptMemberId: memberId });
    }
    // The version in the WHERE clause makes the check and the write one atomic step.
    const { count } = await tx.member.updateMany({ where: { id: memberId, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Member', memberId);
    const after = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: MEMBER_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'member.update', entity: 'Member', entityId: memberId, before, after });
    return { id: memberId };
  });
}
