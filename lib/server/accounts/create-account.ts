import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../auth/load-actor.ts';
import { hashPassword } from '../../auth/password.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now as clockNow } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { CreateAccountInput } from '../../schemas/account.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { issueSetupToken, type IssuedSetupLink } from '../password-setup/issue-setup-token.ts';
import { checkRoleScopes } from './account-rules.ts';
import { ACCOUNT_AUDIT_SELECT, adminOrganizationIds } from './admin-scope.ts';

/**
 * Creates the login of a member who has none, with a temporary password the admin hands over: the
 * account must change it at its first sign-in. The member and every role's organisation must lie in
 * the organisations the admin administers. Or, with `passwordDelivery: 'link'`, with a password nobody
 * knows and a one-time set-password link (shown once, mailed through the outbox) in the same transaction.
 */
export async function createAccount({ actor, memberId, username, password, roles, passwordDelivery = 'password', appUrl = '', now = clockNow() }: { actor: Actor; appUrl?: string; now?: Date } & Omit<CreateAccountInput, 'passwordDelivery'> & { passwordDelivery?: CreateAccountInput['passwordDelivery'] }): Promise<{ id: string; link?: IssuedSetupLink }> {
  requirePermission(actor, 'account.manage');
  const byLink = passwordDelivery === 'link';
  if (!byLink && password === undefined) throw new RuleViolationError('required', {}, 'password');
  // Hashing takes a moment: done before the transaction so it holds no connection meanwhile.
  const passwordHash = await hashPassword(byLink ? randomBytes(32).toString('base64url') : password!);
  try {
    return await db().$transaction(async (tx) => {
      const scope = await adminOrganizationIds(tx, actor);
      const member = await tx.member.findFirst({ where: { id: memberId, organizationId: { in: scope }, deactivatedAt: null }, select: { id: true, user: { select: { username: true } } } });
      if (!member) throw new NotFoundError('Member');
      if (member.user) throw new RuleViolationError('account.memberHasAccount', { username: member.user.username }, 'memberId');
      if (await tx.user.findUnique({ where: { username }, select: { id: true } })) throw new RuleViolationError('account.usernameTaken', { username }, 'username');
      await checkRoleScopes(tx, roles, scope);
      const created = await tx.user.create({
        data: { memberId, username, passwordHash, mustChangePassword: true, roles: { create: roles.map((role) => ({ role: role.role, organizationId: role.organizationId })) } },
        select: ACCOUNT_AUDIT_SELECT,
      });
      await recordAudit(tx, { actor, action: 'account.create', entity: 'User', entityId: created.id, after: { ...created, passwordDelivery } });
      if (!byLink) return { id: created.id };
      return { id: created.id, link: await issueSetupToken(tx, { actor, userId: created.id, appUrl, now, action: 'account.issuePasswordSetupLink' }) };
    });
  } catch (error) {
    // Two admins raced past the checks above: the unique index on the name (or the member) decided.
    if (isUniqueViolation(error)) throw new RuleViolationError('account.usernameTaken', { username }, 'username');
    throw error;
  }
}
