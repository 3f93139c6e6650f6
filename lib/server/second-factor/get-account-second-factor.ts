import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { accountScope, adminOrganizationIds } from '../accounts/admin-scope.ts';
import { NotFoundError } from '../errors.ts';

/** Whether an account the admin administers has a second factor, and how many recovery codes it has left. */
export async function getAccountSecondFactor({ actor, userId }: { actor: Actor; userId: string }): Promise<{ enabledAt: Date | null; unusedRecoveryCodes: number }> {
  requirePermission(actor, 'account.read');
  const scope = await adminOrganizationIds(db(), actor);
  const user = await db().user.findFirst({
    where: { AND: [{ id: userId }, accountScope(scope)] },
    select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  if (!user) throw new NotFoundError('User');
  return { enabledAt: user.totpEnabledAt, unusedRecoveryCodes: user._count.recoveryCodes };
}
