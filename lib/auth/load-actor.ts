import 'server-only';
import { db } from '../db/client.ts';
import type { Prisma } from '../db/generated/prisma/client.ts';
import type { Role } from '../db/generated/prisma/enums.ts';
import { secondFactorRequired } from '../domain/second-factor-policy.ts';
import { readSecondFactorPolicy } from './second-factor.ts';

export interface Actor {
  userId: string;
  memberId: string;
  name: string;
  /** The member's own unit. */
  organizationId: string;
  roles: Role[];
  /** Organisations (whole subtrees) the actor manages as admin or secretary. */
  managedOrganizationIds: string[];
  /**
   * The tops of those subtrees (the organisations of the actor's admin and secretary roles): queries
   * scope by them (`pathIds && managingRootIds`, lib/auth/scope.ts), a few ids where the subtrees are
   * hundreds of organisations.
   */
  managingRootIds: string[];
  /** Signed in with a temporary password set by an admin: pages send the user to /account/password until it is changed. */
  mustChangePassword: boolean;
  /** Holds a role for which the admins require a second factor and has none yet: pages send the user to /account/security until enrolled. */
  mustEnrolSecondFactor: boolean;
}

/**
 * The user behind a session, read fresh from the database on every request so that deactivating an
 * account or changing its roles takes effect at once; null when the account or its member is inactive.
 */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true, deactivatedAt: true, mustChangePassword: true, totpEnabledAt: true,
      member: { select: { id: true, fullName: true, organizationId: true, deactivatedAt: true } },
      roles: { select: { role: true, organizationId: true } },
    },
  });
  if (!user || user.deactivatedAt || user.member.deactivatedAt) return null;
  const managingRoots = [...new Set(user.roles.filter((entry) => entry.role !== 'ATTENDEE').map((entry) => entry.organizationId))];
  const roles = [...new Set(user.roles.map((entry) => entry.role))];
  // The policy is one row by primary key, read only for a user who has no second factor yet and holds a
  // role it can require (attendees, most users, never have to: no extra query on their requests).
  const couldBeRequired = !user.totpEnabledAt && (roles.includes('ADMIN') || roles.includes('SECRETARY'));
  const [managedOrganizationIds, policy] = await Promise.all([
    organizationSubtree(managingRoots),
    couldBeRequired ? readSecondFactorPolicy().then((setting) => setting.policy) : null,
  ]);
  return {
    userId: user.id,
    memberId: user.member.id,
    name: user.member.fullName,
    organizationId: user.member.organizationId,
    roles,
    managedOrganizationIds,
    managingRootIds: managingRoots,
    mustChangePassword: user.mustChangePassword,
    mustEnrolSecondFactor: policy !== null && secondFactorRequired(policy, roles),
  };
}

/**
 * All organisations under the given roots (inclusive): those whose path goes through one of them
 * (Organization.pathIds, kept by the database; decision 018). `client` may be a transaction's, which
 * then sees its own moves.
 */
export async function organizationSubtree(rootIds: string[], client: Pick<Prisma.TransactionClient, '$queryRaw'> = db()): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const rows = await client.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "Organization" WHERE "pathIds" && ${rootIds}::uuid[]`;
  return rows.map((row) => row.id);
}
