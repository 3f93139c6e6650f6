import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now as clockNow } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { serverEnv } from '../../env.ts';
import type { ConfirmSecondFactorInput } from '../../schemas/second-factor.ts';
import { decryptTotpSecret, encryptTotpSecret, verifyTotp } from '../../security/totp.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { replaceRecoveryCodes } from './recovery-code-rows.ts';

/**
 * Turns the second factor on with the secret the page offered, once the user's app proves it has it
 * (a valid code now). Stores the secret encrypted, the code's step (so it cannot be used again to sign
 * in), ten new recovery codes (hashes), and returns those codes to be shown once.
 */
export async function confirmSecondFactor({ actor, pendingSecret, code, now = clockNow() }: { actor: Actor; now?: Date } & ConfirmSecondFactorInput): Promise<{ recoveryCodes: string[] }> {
  requirePermission(actor, 'account.manageOwnSecondFactor');
  const serverSecret = serverEnv().NEXTAUTH_SECRET;
  const secret = decryptTotpSecret({ serverSecret, userId: actor.userId, encrypted: pendingSecret, purpose: 'enrolment' });
  if (!secret) throw new RuleViolationError('secondFactor.enrolmentExpired');
  const check = verifyTotp({ secret, code, at: now, lastStep: null });
  if (!check.ok) throw new RuleViolationError('secondFactor.wrongCode', {}, 'code');
  return db().$transaction(async (tx) => {
    // Only while none is enabled: a second tab confirming another secret cannot replace this one.
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, totpEnabledAt: null },
      data: { totpSecretEncrypted: encryptTotpSecret({ serverSecret, userId: actor.userId, secret }), totpEnabledAt: now, totpLastStep: check.step, version: { increment: 1 } },
    });
    if (count === 0) throw new RuleViolationError('secondFactor.alreadyEnabled');
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, { actor, action: 'account.enableSecondFactor', entity: 'User', entityId: actor.userId, before: { totpEnabledAt: null }, after: { totpEnabledAt: now, recoveryCodes: recoveryCodes.length } });
    return { recoveryCodes };
  });
}
