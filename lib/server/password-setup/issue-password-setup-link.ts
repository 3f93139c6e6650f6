import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { refuseAccountBeyondScope, refuseOwnAccount } from '../accounts/account-rules.ts';
import { accountScope, adminOrganizationIds } from '../accounts/admin-scope.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { issueSetupToken, type IssuedSetupLink } from './issue-setup-token.ts';

/**
 * "Tạo liên kết đặt mật khẩu" on an account's page: a one-time link (72 hours) with which the account's
 * owner sets a password without knowing any, e.g. one who forgot theirs or never had one. Earlier unused
 * links of the account stop working. The link goes to the member's email through the outbox and is
 * shown once to the admin. Only for an active account in the admin's scope, and not the admin's own
 * (they change theirs under "Đổi mật khẩu").
 */
export async function issuePasswordSetupLink({ actor, userId, appUrl, now }: { actor: Actor; userId: string; appUrl: string; now: Date }): Promise<IssuedSetupLink> {
  requirePermission(actor, 'account.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const account = await tx.user.findFirst({ where: { AND: [{ id: userId }, accountScope(scope)] }, select: { id: true, deactivatedAt: true, roles: { select: { organizationId: true } } } });
    if (!account) throw new NotFoundError('User');
    refuseOwnAccount(actor, userId);
    refuseAccountBeyondScope(account.roles, scope);
    if (account.deactivatedAt) throw new RuleViolationError('passwordSetup.accountInactive');
    return issueSetupToken(tx, { actor, userId, appUrl, now, action: 'account.issuePasswordSetupLink' });
  });
}
