import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { adminOrganizationIds } from './admin-scope.ts';

const byName = new Intl.Collator('vi');

/**
 * The choices of the account forms: the organisations a role may be scoped to (the active ones the
 * actor administers, by name) and the active members there who have no account yet (Vietnamese order).
 */
export async function getAccountFormOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, 'account.manage');
  const scope = await adminOrganizationIds(db(), actor);
  const [organizations, members] = await Promise.all([
    db().organization.findMany({ where: { id: { in: scope }, deactivatedAt: null, mergedIntoId: null }, select: { id: true, name: true } }),
    db().member.findMany({
      where: { organizationId: { in: scope }, deactivatedAt: null, user: null },
      take: 5000,
      select: { id: true, fullName: true, organization: { select: { shortName: true, name: true } } },
    }),
  ]);
  return {
    organizations: organizations.sort((a, b) => byName.compare(a.name, b.name)),
    members: members.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)).map((member) => ({ id: member.id, label: `${member.fullName} — ${member.organization.shortName ?? member.organization.name}` })),
  };
}
