import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { accountScope, adminOrganizationIds } from './admin-scope.ts';

/** More accounts than an office has; sorted in memory because no collation orders by given name first. */
const ACCOUNT_LIMIT = 2000;

/** The accounts of the members under the organisations the actor administers, in Vietnamese name order. */
export async function findAccounts({ actor }: { actor: Actor }) {
  requirePermission(actor, 'account.read');
  const scope = await adminOrganizationIds(db(), actor);
  const accounts = await db().user.findMany({
    where: accountScope(scope),
    take: ACCOUNT_LIMIT,
    select: {
      id: true, username: true, deactivatedAt: true, lastLoginAt: true, mustChangePassword: true,
      member: { select: { fullName: true, organization: { select: { name: true, shortName: true } } } },
      roles: { select: { role: true, organization: { select: { name: true, shortName: true } } }, orderBy: { role: 'asc' } },
    },
  });
  return accounts.sort((a, b) => compareVietnameseNames(a.member.fullName, b.member.fullName));
}
