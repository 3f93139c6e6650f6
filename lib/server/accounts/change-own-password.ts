import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { checkPassword } from '../../domain/password-rule.ts';
import type { ChangeOwnPasswordInput } from '../../schemas/account.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';

/**
 * The signed-in user replaces their own password, proving the current one; this ends a temporary
 * password's reign (mustChangePassword). The audit row says when, never what.
 */
export async function changeOwnPassword({ actor, currentPassword, newPassword }: { actor: Actor } & ChangeOwnPasswordInput): Promise<void> {
  requirePermission(actor, 'account.changeOwnPassword');
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId }, select: { username: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new RuleViolationError('password.wrongCurrent', {}, 'currentPassword');
  const problem = checkPassword(newPassword, { username: user.username });
  if (problem) throw new RuleViolationError(`password.${problem}`, {}, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mustChangePassword: true } });
    // Only if the password is still the one just verified: two changes at once cannot both win.
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, passwordHash: user.passwordHash },
      data: { passwordHash, mustChangePassword: false },
    });
    if (count === 0) throw new RuleViolationError('password.wrongCurrent', {}, 'currentPassword');
    await recordAudit(tx, { actor, action: 'account.changePassword', entity: 'User', entityId: actor.userId, before, after: { mustChangePassword: false, changedAt: now() } });
  });
}
