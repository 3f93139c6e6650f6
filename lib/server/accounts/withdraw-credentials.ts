import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../auth/load-actor.ts';
import { hashPassword } from '../../auth/password.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';

export interface WithdrawnCredentials {
  /** Unused set-password links that were ended. */
  links: number;
  /** Whether a temporary password someone else set stopped working. */
  temporaryPassword: boolean;
}

/**
 * A new role makes an account worth more than when its way in was handed out. A set-password link or a
 * temporary password that another admin handed out — perhaps a cell's admin, before the department's
 * admin gave the account a role over the department — must not open the new role to whoever knows it:
 * links another admin issued end, and a temporary password another admin set stops working (a random
 * one replaces it). The admin who adds the role then hands out a set-password link of their own. What
 * the acting admin issued themselves stays: they know whom they gave it to.
 */
export async function withdrawOthersCredentials(
  tx: Prisma.TransactionClient,
  { actor, userId, onTemporaryPassword, sealedHash, now }: { actor: Actor; userId: string; onTemporaryPassword: boolean; sealedHash: string; now: Date },
): Promise<WithdrawnCredentials> {
  const links = await tx.passwordSetupToken.updateMany({
    where: { userId, usedAt: null, expiresAt: { gt: now }, OR: [{ issuedById: null }, { issuedById: { not: actor.userId } }] },
    data: { usedAt: now },
  });
  let temporaryPassword = false;
  if (onTemporaryPassword) {
    const created = await tx.auditLog.findFirst({ where: { action: 'account.create', entity: 'User', entityId: userId, outcome: 'SUCCESS' }, orderBy: { id: 'desc' }, select: { actorUserId: true } });
    if (created?.actorUserId !== actor.userId) {
      await tx.user.update({ where: { id: userId }, data: { passwordHash: sealedHash } });
      temporaryPassword = true;
    }
  }
  return { links: links.count, temporaryPassword };
}

/**
 * The hash of a password nobody knows, to replace a withdrawn temporary one: a real Argon2 hash, so that
 * signing in against it takes as long as against any other. Made before the transaction (hashing takes
 * a moment, and a transaction should not hold its connection meanwhile).
 */
export function sealedPasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString('base64url'));
}
