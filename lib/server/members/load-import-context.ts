import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { memberScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { memberKey, type ImportContext } from '../../domain/member-import.ts';

type Client = Pick<Prisma.TransactionClient, 'organization' | 'member'>;

/**
 * What an import's rows are checked against, read now: every active organisation (so that a unit
 * outside the actor's scope is named as such rather than as unknown) marked in or out of the actor's
 * scope, and the active members of the actor's organisations for the duplicate check.
 */
export async function loadImportContext(client: Client, actor: Actor): Promise<ImportContext> {
  const managed = new Set(actor.managedOrganizationIds);
  // One after the other: inside a transaction both go down the same connection.
  const units = await client.organization.findMany({ where: { deactivatedAt: null, mergedIntoId: null }, select: { id: true, name: true, shortName: true } });
  const members = await client.member.findMany({ where: { AND: [memberScope(actor), { deactivatedAt: null }] }, select: { organizationId: true, fullName: true } });
  return {
    units: units.map((unit) => ({ ...unit, inScope: managed.has(unit.id) })),
    existingMembers: new Set(members.map((member) => memberKey(member.organizationId, member.fullName))),
  };
}
