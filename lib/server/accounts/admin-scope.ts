import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { organizationSubtree } from '../../auth/load-actor.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';

type Client = Pick<Prisma.TransactionClient, 'userRole' | '$queryRaw'>;

/**
 * The organisations whose accounts the actor manages: the subtrees of their ADMIN roles only (a
 * secretary role elsewhere gives no say over accounts). Read in the use case's transaction, so the
 * check and the write see the same roles.
 */
export async function adminOrganizationIds(client: Client, actor: Actor): Promise<string[]> {
  const roots = await client.userRole.findMany({ where: { userId: actor.userId, role: 'ADMIN' }, select: { organizationId: true } });
  return organizationSubtree(roots.map((root) => root.organizationId), client);
}

/** Accounts whose member belongs to one of the given organisations: any other account is "not found". */
export function accountScope(organizationIds: string[]): Prisma.UserWhereInput {
  return { member: { organizationId: { in: organizationIds } } };
}

/** What an account's audit row records: never the password hash or the calendar token. */
export const ACCOUNT_AUDIT_SELECT = {
  id: true, username: true, memberId: true, mustChangePassword: true, deactivatedAt: true, version: true,
  roles: { select: { role: true, organizationId: true }, orderBy: [{ role: 'asc' }, { organizationId: 'asc' }] },
} satisfies Prisma.UserSelect;
