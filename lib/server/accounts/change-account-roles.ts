import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { ChangeAccountRolesInput } from '../../schemas/account.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { checkRoleScopes, refuseOwnAccount } from './account-rules.ts';
import { ACCOUNT_AUDIT_SELECT, accountScope, adminOrganizationIds } from './admin-scope.ts';
import { sealedPasswordHash, withdrawOthersCredentials, type WithdrawnCredentials } from './withdraw-credentials.ts';

/**
 * Sets the roles of an account within the admin's organisations, from the version the form was loaded
 * with. Roles on organisations outside them (given by a higher admin) are kept as they are. The user
 * gets the new roles on their next request: the session holds only the user's id. A role added withdraws
 * the ways in that another admin handed out and that are still unused (withdraw-credentials.ts).
 */
export async function changeAccountRoles({ actor, userId, version, roles }: { actor: Actor } & ChangeAccountRolesInput): Promise<{ id: string; withdrawn: WithdrawnCredentials }> {
  requirePermission(actor, 'account.manage');
  const sealedHash = await sealedPasswordHash();
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const before = await tx.user.findFirst({ where: { AND: [{ id: userId }, accountScope(scope)] }, select: ACCOUNT_AUDIT_SELECT });
    if (!before) throw new NotFoundError('User');
    refuseOwnAccount(actor, userId);
    await checkRoleScopes(tx, roles, scope);
    // The version in the WHERE clause makes the check and the write one atomic step.
    const { count } = await tx.user.updateMany({ where: { id: userId, version }, data: { version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'User', userId);
    await tx.userRole.deleteMany({ where: { userId, organizationId: { in: scope } } });
    await tx.userRole.createMany({ data: roles.map((role) => ({ userId, role: role.role, organizationId: role.organizationId })), skipDuplicates: true });
    const added = roles.some((role) => !before.roles.some((held) => held.role === role.role && held.organizationId === role.organizationId));
    const withdrawn = added ? await withdrawOthersCredentials(tx, { actor, userId, onTemporaryPassword: before.mustChangePassword, sealedHash, now: now() }) : { links: 0, temporaryPassword: false };
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: ACCOUNT_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'account.changeRoles', entity: 'User', entityId: userId, before, after: { ...after, withdrawn } });
    return { id: userId, withdrawn };
  });
}
