import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { hashPassword } from '../../auth/password.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { CreateAccountInput } from '../../schemas/account.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { checkRoleScopes } from './account-rules.ts';
import { ACCOUNT_AUDIT_SELECT, adminOrganizationIds } from './admin-scope.ts';

/**
 * Creates the login of a member who has none, with a temporary password the admin hands over: the
 * account must change it at its first sign-in. The member and every role's organisation must lie in
 * the organisations the admin administers.
 */
export async function createAccount({ actor, memberId, username, password, roles }: { actor: Actor } & CreateAccountInput): Promise<{ id: string }> {
  requirePermission(actor, 'account.manage');
  // Hashing takes a moment: done before the transaction so it holds no connection meanwhile.
  const passwordHash = await hashPassword(password);
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
      await recordAudit(tx, { actor, action: 'account.create', entity: 'User', entityId: created.id, after: created });
      return { id: created.id };
    });
  } catch (error) {
    // Two admins raced past the checks above: the unique index on the name (or the member) decided.
    if (isUniqueViolation(error)) throw new RuleViolationError('account.usernameTaken', { username }, 'username');
    throw error;
  }
}
