import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { SetMemberActiveInput } from '../../schemas/member.ts';
import { refuseAccountBeyondScope } from '../accounts/account-rules.ts';
import { ACCOUNT_AUDIT_SELECT, adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { lockUnit, MEMBER_AUDIT_SELECT, refuseNamesake } from './member-rules.ts';

/**
 * Deactivates or reactivates a member; never deletes one (their name stays on conferences, tasks and
 * seats). Deactivating a member whose account is active deactivates the account too, in the same
 * transaction and with its own audit row: a person who has left cannot sign in. Reactivating the member
 * leaves the account locked; an admin reopens it on the account's page, deliberately.
 *
 * Admins only, within the organisations they administer (the accounts' scope), and never their own
 * member, as with accounts: nobody locks themselves out.
 */
export async function setMemberActive({ actor, memberId, version, active }: { actor: Actor } & SetMemberActiveInput): Promise<{ id: string; accountDeactivated: boolean }> {
  requirePermission(actor, 'member.deactivate');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const before = await tx.member.findFirst({ where: { id: memberId, organizationId: { in: scope } }, select: { ...MEMBER_AUDIT_SELECT, user: { select: ACCOUNT_AUDIT_SELECT } } });
    if (!before) throw new NotFoundError('Member');
    if (memberId === actor.memberId) throw new RuleViolationError('member.notYourself');
    if (before.version !== version) throw await staleRecordError(tx, 'Member', memberId);
    // Deactivating the member locks the account: the same rule as locking it on the account's page.
    if (!active && before.user) refuseAccountBeyondScope(before.user.roles, scope);
    if (active && before.deactivatedAt !== null) {
      // Back in the unit: the import's rule of one active person per name holds there too.
      // Not back into a unit that has closed or been merged: it may have no active member (README).
      const unit = await lockUnit(tx, before.organizationId);
      if (unit?.closed) throw new RuleViolationError('member.reactivateInClosedUnit', { unit: unit.name });
      await refuseNamesake(tx, { organizationId: before.organizationId, fullName: before.fullName, exceptMemberId: memberId, field: 'form' });
    }
    const { user, ...memberBefore } = before;
    const at = now();
    const { count } = await tx.member.updateMany({
      where: { id: memberId, version },
      data: { deactivatedAt: active ? null : (before.deactivatedAt ?? at), version: { increment: 1 } },
    });
    if (count === 0) throw await staleRecordError(tx, 'Member', memberId);
    const after = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: MEMBER_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: active ? 'member.reactivate' : 'member.deactivate', entity: 'Member', entityId: memberId, before: memberBefore, after });

    let accountDeactivated = false;
    if (!active && user && user.deactivatedAt === null) {
      await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: at, version: { increment: 1 } } });
      const accountAfter = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: ACCOUNT_AUDIT_SELECT });
      await recordAudit(tx, { actor, action: 'account.deactivate', entity: 'User', entityId: user.id, before: user, after: { ...accountAfter, cause: 'member.deactivate' } });
      accountDeactivated = true;
    }
    return { id: memberId, accountDeactivated };
  });
}
