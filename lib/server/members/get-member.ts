import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { conferenceScope, memberScope, taskScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { NotFoundError } from '../errors.ts';

/** How many of a member's conferences the page names; the count covers them all. */
const CONFERENCES_SHOWN = 5;

/**
 * One member in the actor's scope (active or not) for their page: details and current unit; their
 * account (username, roles, state) only when the reader may see accounts and administers the member's
 * unit, as on the accounts page; and how many conferences they were invited to and tasks they are
 * responsible for, among those the reader may see, with the latest conferences. Throws not-found otherwise.
 */
export async function getMember({ actor, memberId }: { actor: Actor; memberId: string }) {
  requirePermission(actor, 'member.read');
  const member = await db().member.findFirst({
    where: { AND: [{ id: memberId }, memberScope(actor)] },
    select: {
      id: true, fullName: true, title: true, email: true, phone: true, isPartyMember: true, deactivatedAt: true, version: true, createdAt: true,
      organization: { select: { id: true, name: true, shortName: true, deactivatedAt: true, mergedIntoId: true } },
      user: { select: { id: true } },
    },
  });
  if (!member) throw new NotFoundError('Member');
  const { user, ...details } = member;

  // Accounts and deactivation are the admins': of the units they administer (the accounts' scope).
  const administers = can(actor.roles, 'account.read') || can(actor.roles, 'member.deactivate')
    ? (await adminOrganizationIds(db(), actor)).includes(member.organization.id)
    : false;
  const invitedTo = { invitees: { some: { memberId } } };
  const responsible = { responsibleMemberId: memberId };
  const [account, conferenceCount, conferences, taskCount, openTaskCount] = await Promise.all([
    user && administers && can(actor.roles, 'account.read') ? findAccount(user.id) : null,
    db().conference.count({ where: { AND: [conferenceScope(actor), invitedTo] } }),
    db().conference.findMany({
      where: { AND: [conferenceScope(actor), invitedTo] },
      orderBy: { startsAt: 'desc' },
      take: CONFERENCES_SHOWN,
      select: { id: true, title: true, startsAt: true },
    }),
    db().task.count({ where: { AND: [taskScope(actor), responsible] } }),
    db().task.count({ where: { AND: [taskScope(actor), responsible, { status: { in: ['NOT_STARTED', 'IN_PROGRESS', 'PAUSED'] } }] } }),
  ]);
  return {
    ...details, account, conferenceCount, conferences, taskCount, openTaskCount,
    isSelf: memberId === actor.memberId,
    /** Whether the reader sees this member's account section (the accounts page would show the account). */
    accountVisible: administers && can(actor.roles, 'account.read'),
    /** Whether the reader may deactivate or reactivate this member (setMemberActive's role and scope). */
    canChangeStatus: administers && can(actor.roles, 'member.deactivate'),
  };
}

function findAccount(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: {
      id: true, username: true, deactivatedAt: true,
      roles: { orderBy: { role: 'asc' }, select: { role: true, organization: { select: { name: true } } } },
    },
  });
}

export type MemberDetails = Awaited<ReturnType<typeof getMember>>;
