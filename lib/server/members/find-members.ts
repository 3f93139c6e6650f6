import 'server-only';
import { memberScope } from '../../auth/scope.ts';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';

export type MemberStatusFilter = 'active' | 'inactive';

/**
 * Members in the actor's scope, sorted the Vietnamese way (given name, then middle, then family): the
 * active ones, or with `status: 'inactive'` only the deactivated ones (kept for their history).
 */
export async function findMembers({ actor, status = 'active' }: { actor: Actor; status?: MemberStatusFilter }) {
  requirePermission(actor, 'member.read');
  const members = await db().member.findMany({
    where: { AND: [memberScope(actor), { deactivatedAt: status === 'inactive' ? { not: null } : null }] },
    take: 1000,
    select: {
      id: true, fullName: true, title: true, deactivatedAt: true,
      organization: { select: { shortName: true, name: true } },
      user: { select: { username: true, deactivatedAt: true } },
    },
  });
  return members.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
}
