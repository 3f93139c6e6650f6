import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { accountScope, adminOrganizationIds } from './admin-scope.ts';

/** One account in the actor's scope, with its roles marked as editable (within the scope) or not; throws not-found otherwise. */
export async function getAccount({ actor, userId }: { actor: Actor; userId: string }) {
  requirePermission(actor, 'account.read');
  const scope = await adminOrganizationIds(db(), actor);
  const account = await db().user.findFirst({
    where: { AND: [{ id: userId }, accountScope(scope)] },
    select: {
      id: true, username: true, deactivatedAt: true, lastLoginAt: true, mustChangePassword: true, version: true, createdAt: true,
      member: { select: { fullName: true, title: true, organization: { select: { name: true } } } },
      roles: { select: { role: true, organizationId: true, organization: { select: { name: true } } }, orderBy: { role: 'asc' } },
    },
  });
  if (!account) throw new NotFoundError('User');
  return { ...account, roles: account.roles.map((role) => ({ ...role, editable: scope.includes(role.organizationId) })), isSelf: account.id === actor.userId };
}
