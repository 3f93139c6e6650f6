import 'server-only';
import { db } from '../../db/client.ts';
import { hashPasswordSetupToken, parsePasswordSetupToken } from '../../security/password-setup-token.ts';

/**
 * The account a set-password link is for, or null when the link does not work: malformed, unknown,
 * used, ended by a newer link, expired, or its account (or member) deactivated — all alike, so the
 * public page tells nobody which. No actor: the token is the credential. Only the username leaves.
 */
export async function findPasswordSetup({ token, now }: { token: unknown; now: Date }): Promise<{ tokenId: string; userId: string; username: string } | null> {
  const parsed = parsePasswordSetupToken(token);
  if (!parsed) return null;
  const found = await db().passwordSetupToken.findFirst({
    where: { tokenHash: hashPasswordSetupToken(parsed), usedAt: null, expiresAt: { gt: now }, user: { deactivatedAt: null, member: { deactivatedAt: null } } },
    select: { id: true, user: { select: { id: true, username: true } } },
  });
  return found ? { tokenId: found.id, userId: found.user.id, username: found.user.username } : null;
}
