import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now as clockNow } from '../../clock.ts';
import type { OwnSecondFactorCodeInput } from '../../schemas/second-factor.ts';
import { recordAudit } from '../audit.ts';
import { withOwnSecondFactorCode } from './check-own-code.ts';
import { replaceRecoveryCodes } from './recovery-code-rows.ts';

/** Ten new recovery codes in place of the old ones (used or not), proved by a current code; shown once. */
export async function regenerateRecoveryCodes({ actor, code, now = clockNow() }: { actor: Actor; now?: Date } & OwnSecondFactorCodeInput): Promise<{ recoveryCodes: string[] }> {
  requirePermission(actor, 'account.manageOwnSecondFactor');
  return withOwnSecondFactorCode({ actor, code, now }, async (tx, use) => {
    const before = await tx.recoveryCode.count({ where: { userId: actor.userId, usedAt: null } });
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, { actor, action: 'account.regenerateRecoveryCodes', entity: 'User', entityId: actor.userId, before: { unusedRecoveryCodes: before }, after: { unusedRecoveryCodes: recoveryCodes.length, provedWith: use } });
    return { recoveryCodes };
  });
}
