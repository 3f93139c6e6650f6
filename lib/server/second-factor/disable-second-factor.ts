import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { readSecondFactorPolicy } from '../../auth/second-factor.ts';
import { now as clockNow } from '../../clock.ts';
import { secondFactorRequired } from '../../domain/second-factor-policy.ts';
import type { OwnSecondFactorCodeInput } from '../../schemas/second-factor.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { withOwnSecondFactorCode } from './check-own-code.ts';

/**
 * Turns the user's own second factor off, proved by a current code; refused while the admins require
 * it for one of the user's roles. The secret and every recovery code are removed.
 */
export async function disableSecondFactor({ actor, code, now = clockNow() }: { actor: Actor; now?: Date } & OwnSecondFactorCodeInput): Promise<void> {
  requirePermission(actor, 'account.manageOwnSecondFactor');
  if (secondFactorRequired((await readSecondFactorPolicy()).policy, actor.roles)) throw new RuleViolationError('secondFactor.requiredByPolicy');
  await withOwnSecondFactorCode({ actor, code, now }, async (tx, use) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpEnabledAt: true } });
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null, version: { increment: 1 } } });
    const { count } = await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await recordAudit(tx, { actor, action: 'account.disableSecondFactor', entity: 'User', entityId: actor.userId, before: { totpEnabledAt: before.totpEnabledAt, recoveryCodes: count }, after: { totpEnabledAt: null, provedWith: use } });
  });
}
