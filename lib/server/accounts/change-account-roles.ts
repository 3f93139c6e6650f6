import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { ChangeAccountRolesInput } from '../../schemas/account.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { checkRoleScopes, refuseOwnAccount } from './account-rules.ts';
import { ACCOUNT_AUDIT_SELECT, accountScope, adminOrganizationIds } from './admin-scope.ts';

/**
 * Sets the roles of an account within the admin's organisations, from the version the form was loaded
 * with. Roles on organisations outside them (given by a higher admin) are kept as they are. The user
 * gets the new roles on their next request: the session holds only the user's id.
 */
export async function changeAccountRoles({ actor, userId, version, roles }: { actor: Actor } & ChangeAccountRolesInput): Promise<{ id: string }> {
  requirePermission(actor, 'account.manage');
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
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: ACCOUNT_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'account.changeRoles', entity: 'User', entityId: userId, before, after });
    return { id: userId };
  });
}
