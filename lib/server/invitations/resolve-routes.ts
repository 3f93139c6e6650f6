import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { managedOrganizationScope, memberScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { InvitationKind } from '../../db/generated/prisma/enums.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { vi } from '../../i18n/messages/vi.ts';
import type { AddInvitationInput } from '../../schemas/invitation.ts';
import { vietnamDateOf } from '../../domain/vietnam-time.ts';
import { RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/** One invitation route about to be written, with the people it reaches. */
export interface ResolvedRoute {
  kind: InvitationKind;
  memberId: string | null;
  committeeId: string | null;
  organizationId: string | null;
  /**
   * How the route is named wherever it is listed (conference page, invitation letter). It is part of the
   * record, like a committee's name, so it is written in Vietnamese, the language of the office's files.
   */
  label: string;
  /** Members reached: deduplicated against the conference's invitees when written. */
  memberIds: string[];
  /** Free-text guests of a delegation: always new invitees. */
  guests: { name: string; title: string | null }[];
}

/**
 * A whole committee means the seats held on the conference's day (Vietnam time): not a member who left
 * before it nor one who starts after it; members who left the organisation (deactivated) are not invited.
 */
async function seatsHeldOnConferenceDay(tx: Tx, conferenceId: string): Promise<Prisma.CommitteeSeatWhereInput> {
  const conference = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { startsAt: true } });
  const day = new Date(`${vietnamDateOf(conference.startsAt)}T00:00:00Z`);
  return { startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }], member: { deactivatedAt: null } };
}

/** What an invitation form asks for, as routes: checked against the actor's scope and the routes already there. */
export async function resolveRoutes(tx: Tx, actor: Actor, input: AddInvitationInput): Promise<ResolvedRoute[]> {
  switch (input.kind) {
    case 'MEMBER':
      return resolveMembers(tx, actor, input.conferenceId, input.memberIds);
    case 'COMMITTEE':
      return [await resolveCommittee(tx, actor, input.conferenceId, input.committeeId)];
    case 'CELL_COMMITTEES':
      return [await resolveCellCommittees(tx, actor, input.conferenceId, input.organizationId)];
    case 'DELEGATION':
      return [await resolveDelegation(tx, input.organizationId, input.label, input.guests)];
  }
}

async function resolveMembers(tx: Tx, actor: Actor, conferenceId: string, memberIds: string[]): Promise<ResolvedRoute[]> {
  const members = await tx.member.findMany({
    where: { AND: [memberScope(actor), { id: { in: memberIds }, deactivatedAt: null }] },
    select: { id: true, fullName: true },
  });
  if (members.length !== memberIds.length) throw new RuleViolationError('invitation.memberUnavailable', {}, 'memberIds');
  const personal = await tx.invitation.findFirst({
    where: { conferenceId, kind: 'MEMBER', memberId: { in: memberIds } },
    select: { member: { select: { fullName: true } } },
  });
  if (personal) throw new RuleViolationError('invitation.alreadyInvited', { name: personal.member?.fullName ?? '' }, 'memberIds');
  return members.map((member) => ({
    kind: 'MEMBER', memberId: member.id, committeeId: null, organizationId: null, label: member.fullName, memberIds: [member.id], guests: [],
  }));
}

async function resolveCommittee(tx: Tx, actor: Actor, conferenceId: string, committeeId: string): Promise<ResolvedRoute> {
  const committee = await tx.committee.findFirst({
    where: { id: committeeId, organization: managedOrganizationScope(actor) },
    select: { id: true, name: true, seats: { where: await seatsHeldOnConferenceDay(tx, conferenceId), select: { memberId: true } } },
  });
  if (!committee) throw new RuleViolationError('invitation.committeeUnavailable', {}, 'committeeId');
  await refuseDuplicateRoute(tx, { conferenceId, kind: 'COMMITTEE', committeeId }, committee.name, 'committeeId');
  const memberIds = [...new Set(committee.seats.map((seat) => seat.memberId))];
  if (memberIds.length === 0) throw new RuleViolationError('invitation.emptyRoute', { label: committee.name }, 'committeeId');
  return { kind: 'COMMITTEE', memberId: null, committeeId: committee.id, organizationId: null, label: committee.name, memberIds, guests: [] };
}

/** The cell committees (Chi ủy) of the active cells directly under the organisation. */
async function resolveCellCommittees(tx: Tx, actor: Actor, conferenceId: string, organizationId: string): Promise<ResolvedRoute> {
  const organization = await tx.organization.findFirst({
    where: { id: organizationId, AND: [managedOrganizationScope(actor)], deactivatedAt: null, mergedIntoId: null },
    select: { id: true, name: true, shortName: true },
  });
  if (!organization) throw new RuleViolationError('invitation.organizationUnavailable', {}, 'organizationId');
  const label = interpolate(vi.invitations.cellCommitteesLabel, { organization: organization.shortName ?? organization.name });
  await refuseDuplicateRoute(tx, { conferenceId, kind: 'CELL_COMMITTEES', organizationId }, label, 'organizationId');
  const seats = await tx.committeeSeat.findMany({
    where: {
      ...(await seatsHeldOnConferenceDay(tx, conferenceId)),
      committee: { kind: 'CELL_COMMITTEE', organization: { parentId: organization.id, kind: 'CELL', deactivatedAt: null, mergedIntoId: null } },
    },
    select: { memberId: true },
  });
  const memberIds = [...new Set(seats.map((seat) => seat.memberId))];
  if (memberIds.length === 0) throw new RuleViolationError('invitation.emptyRoute', { label }, 'organizationId');
  return { kind: 'CELL_COMMITTEES', memberId: null, committeeId: null, organizationId: organization.id, label, memberIds, guests: [] };
}

/**
 * A delegation may come from any active organisation, above the host (the superior committee) or
 * beside it: its guests are named in free text, so no member record of that organisation is needed.
 */
async function resolveDelegation(tx: Tx, organizationId: string, label: string | null, guests: ResolvedRoute['guests']): Promise<ResolvedRoute> {
  const organization = await tx.organization.findFirst({
    where: { id: organizationId, deactivatedAt: null, mergedIntoId: null },
    select: { id: true, name: true, shortName: true },
  });
  if (!organization) throw new RuleViolationError('invitation.organizationUnavailable', {}, 'organizationId');
  return {
    kind: 'DELEGATION', memberId: null, committeeId: null, organizationId: organization.id,
    label: label ?? interpolate(vi.invitations.delegationLabel, { organization: organization.shortName ?? organization.name }),
    memberIds: [], guests,
  };
}

/** The same committee or cell-committee route twice would only repeat a line of the invitation. */
async function refuseDuplicateRoute(tx: Tx, where: Prisma.InvitationWhereInput, label: string, field: string): Promise<void> {
  const existing = await tx.invitation.findFirst({ where, select: { id: true } });
  if (existing) throw new RuleViolationError('invitation.duplicateRoute', { label }, field);
}
