import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { memberScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';

/**
 * More members than any one office manages (a provincial department has a few hundred); the list is
 * sorted in memory because no database collation orders by given name first.
 */
export const MEMBER_EXPORT_LIMIT = 20_000;

/** The active members in the actor's scope, in Vietnamese name order, as the export writes them. */
export async function findMembersForExport({ actor }: { actor: Actor }) {
  requirePermission(actor, 'member.export');
  const members = await db().member.findMany({
    where: { AND: [memberScope(actor), { deactivatedAt: null }] },
    take: MEMBER_EXPORT_LIMIT,
    orderBy: { id: 'asc' },
    select: {
      id: true, fullName: true, title: true, email: true, phone: true, isPartyMember: true,
      organization: { select: { name: true } },
      user: { select: { username: true } },
    },
  });
  return members.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
}
