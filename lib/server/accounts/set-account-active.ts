import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { SetAccountActiveInput } from '../../schemas/account.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { refuseAccountBeyondScope, refuseOwnAccount } from './account-rules.ts';
import { ACCOUNT_AUDIT_SELECT, accountScope, adminOrganizationIds } from './admin-scope.ts';

/**
 * Deactivates or reactivates an account; never deletes it (its name stays on what it did). A
 * deactivated user's open session is refused from the next request: loadActor reads the flag each time.
 */
export async function setAccountActive({ actor, userId, version, active }: { actor: Actor } & SetAccountActiveInput): Promise<{ id: string }> {
  requirePermission(actor, 'account.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const before = await tx.user.findFirst({ where: { AND: [{ id: userId }, accountScope(scope)] }, select: ACCOUNT_AUDIT_SELECT });
    if (!before) throw new NotFoundError('User');
    refuseOwnAccount(actor, userId);
    refuseAccountBeyondScope(before.roles, scope);
    const { count } = await tx.user.updateMany({
      where: { id: userId, version },
      data: { deactivatedAt: active ? null : (before.deactivatedAt ?? now()), version: { increment: 1 } },
    });
    if (count === 0) throw await staleRecordError(tx, 'User', userId);
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: ACCOUNT_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: active ? 'account.reactivate' : 'account.deactivate', entity: 'User', entityId: userId, before, after });
    return { id: userId };
  });
}
