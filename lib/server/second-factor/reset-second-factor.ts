import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { ResetSecondFactorInput } from '../../schemas/second-factor.ts';
import { refuseAccountBeyondScope, refuseOwnAccount } from '../accounts/account-rules.ts';
import { accountScope, adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';

/**
 * An admin clears the second factor of an account they administer (a lost phone and no recovery code
 * left): the secret and every recovery code go. The user signs in with the password alone and, if the
 * policy requires a second factor for one of their roles, is sent to enrol again at once.
 */
export async function resetSecondFactor({ actor, userId, version }: { actor: Actor } & ResetSecondFactorInput): Promise<{ id: string }> {
  requirePermission(actor, 'account.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const before = await tx.user.findFirst({
      where: { AND: [{ id: userId }, accountScope(scope)] },
      select: { id: true, username: true, totpEnabledAt: true, roles: { select: { organizationId: true } }, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
    });
    if (!before) throw new NotFoundError('User');
    refuseOwnAccount(actor, userId);
    refuseAccountBeyondScope(before.roles, scope);
    if (!before.totpEnabledAt) throw new RuleViolationError('secondFactor.notEnabled');
    const { count } = await tx.user.updateMany({
      where: { id: userId, version },
      data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null, version: { increment: 1 } },
    });
    if (count === 0) throw await staleRecordError(tx, 'User', userId);
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actor, action: 'account.resetSecondFactor', entity: 'User', entityId: userId,
      before: { username: before.username, totpEnabledAt: before.totpEnabledAt, unusedRecoveryCodes: before._count.recoveryCodes },
      after: { username: before.username, totpEnabledAt: null, unusedRecoveryCodes: 0 },
    });
    return { id: userId };
  });
}
