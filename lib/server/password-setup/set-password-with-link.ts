import 'server-only';
import { hashPassword } from '../../auth/password.ts';
import { db } from '../../db/client.ts';
import { checkPassword } from '../../domain/password-rule.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { findPasswordSetup } from './find-password-setup.ts';

/** The link does not work (any reason: the page says one neutral sentence). */
export class SetupLinkInvalidError extends Error {
  constructor() {
    super('The set-password link does not work');
    this.name = 'SetupLinkInvalidError';
  }
}

/**
 * The public half of the link: sets the account's password (the password rule, with its username),
 * ends the temporary-password state, marks this link used and ends every other unused one, and writes
 * the audit row as the account itself (the link proved who acts) — all in one transaction, and only if
 * the link is still unused at that moment, so two submissions of one link cannot both win.
 */
export async function setPasswordWithLink({ token, newPassword, now, clientIp }: { token: unknown; newPassword: string; now: Date; clientIp?: string | null }): Promise<{ username: string }> {
  const setup = await findPasswordSetup({ token, now });
  if (!setup) throw new SetupLinkInvalidError();
  const problem = checkPassword(newPassword, { username: setup.username });
  if (problem) throw new RuleViolationError(`password.${problem}`, {}, 'newPassword');
  // Hashing takes a moment: done before the transaction so it holds no connection meanwhile.
  const passwordHash = await hashPassword(newPassword);
  await db().$transaction(async (tx) => {
    const { count } = await tx.passwordSetupToken.updateMany({ where: { id: setup.tokenId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (count === 0) throw new SetupLinkInvalidError();
    const before = await tx.user.findUniqueOrThrow({ where: { id: setup.userId }, select: { mustChangePassword: true, deactivatedAt: true } });
    if (before.deactivatedAt) throw new SetupLinkInvalidError();
    await tx.user.update({ where: { id: setup.userId }, data: { passwordHash, mustChangePassword: false } });
    const ended = await tx.passwordSetupToken.updateMany({ where: { userId: setup.userId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    await recordAudit(tx, {
      actor: { userId: setup.userId }, action: 'account.setPasswordWithLink', entity: 'User', entityId: setup.userId, clientIp,
      before: { mustChangePassword: before.mustChangePassword },
      after: { mustChangePassword: false, passwordSetupTokenId: setup.tokenId, endedOtherLinks: ended.count, changedAt: now },
    });
  });
  return { username: setup.username };
}
