import 'server-only';
import { organizationSubtree, type Actor } from '../../auth/load-actor.ts';
import { planScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

export interface ConferenceChoices {
  startsAt: Date;
  endsAt: Date;
  hostOrganizationId: string;
  chairMemberIds: string[];
  secretaryMemberId: string | null;
  quorumCommitteeId: string | null;
  planId: string | null;
}

/**
 * The rules a conference keeps whether it is created or edited. `current` is the conference as it
 * stands when editing: its host and people stay acceptable even if since deactivated or merged, so an
 * old record can still be corrected; new choices must be active.
 */
export async function checkConferenceRules(
  tx: Tx,
  { actor, current, ...choices }: { actor: Actor; current?: { hostOrganizationId: string; memberIds: string[] } } & ConferenceChoices,
): Promise<void> {
  // The schema says so already; a use case called from elsewhere (a duplicate, a script) must too.
  if (choices.endsAt <= choices.startsAt) throw new RuleViolationError('conference.endBeforeStart', {}, 'endTime');

  const hostId = choices.hostOrganizationId;
  const hostKept = current?.hostOrganizationId === hostId;
  const host = actor.managedOrganizationIds.includes(hostId)
    ? await tx.organization.findFirst({ where: { id: hostId, ...(hostKept ? {} : { deactivatedAt: null, mergedIntoId: null }) }, select: { id: true } })
    : null;
  if (!host) throw new RuleViolationError('conference.hostOutOfScope', {}, 'hostOrganizationId');

  const subtree = await organizationSubtree([hostId], tx);
  const eligible = await eligibleMemberIds(tx, {
    memberIds: [...choices.chairMemberIds, ...(choices.secretaryMemberId ? [choices.secretaryMemberId] : [])],
    organizationIds: subtree,
    keep: current?.memberIds ?? [],
  });
  if (choices.chairMemberIds.some((id) => !eligible.has(id))) throw new RuleViolationError('conference.chairOutOfHost', {}, 'chairMemberIds');
  if (choices.secretaryMemberId && !eligible.has(choices.secretaryMemberId)) {
    throw new RuleViolationError('conference.secretaryOutOfHost', {}, 'secretaryMemberId');
  }

  if (choices.quorumCommitteeId) {
    const committee = await tx.committee.findFirst({ where: { id: choices.quorumCommitteeId, organizationId: hostId }, select: { id: true } });
    if (!committee) throw new RuleViolationError('conference.committeeOutOfHost', {}, 'quorumCommitteeId');
  }

  if (choices.planId) {
    const plan = await tx.plan.findFirst({ where: { AND: [{ id: choices.planId }, planScope(actor)] }, select: { id: true } });
    if (!plan) throw new RuleViolationError('conference.planOutOfScope', {}, 'planId');
  }
}

/** Of `memberIds`, those of the given organisations who are active or already on the conference. */
export async function eligibleMemberIds(
  tx: Tx,
  { memberIds, organizationIds, keep }: { memberIds: string[]; organizationIds: string[]; keep: string[] },
): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const members = await tx.member.findMany({
    where: { id: { in: memberIds }, organizationId: { in: organizationIds }, OR: [{ deactivatedAt: null }, { id: { in: keep } }] },
    select: { id: true },
  });
  return new Set(members.map((member) => member.id));
}

/** Chairs as rows of ConferenceChair, in the order chosen (1 = presiding). */
export function chairRows(chairMemberIds: string[]) {
  return chairMemberIds.map((memberId, index) => ({ memberId, position: index + 1 }));
}

/** The fields of a conference as the audit log keeps them. */
export const CONFERENCE_AUDIT_SELECT = {
  id: true, kind: true, title: true, status: true, startsAt: true, endsAt: true, venue: true, planId: true,
  hostOrganizationId: true, secretaryMemberId: true, quorumCommitteeId: true, version: true,
  chairs: { orderBy: { position: 'asc' }, select: { memberId: true, position: true } },
} as const satisfies Prisma.ConferenceSelect;
