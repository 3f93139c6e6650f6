import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { organizationSubtree } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { compareSeats, isSeatCurrentOn, positionsFor } from '../../domain/committee-rules.ts';
import { todayInVietnam } from '../../domain/task-deadline.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { NotFoundError } from '../errors.ts';
import { dayOf } from './committee-rules.ts';

/**
 * A committee of an organisation in a term, as its admin sees it: every seat, held or ended (secretary
 * first), the positions the committee has, and the people who may take a seat (active party members of
 * the organisation and those under it, in Vietnamese name order). The URL's organisation and term must
 * be the committee's own, else it is not found.
 */
export async function getCommittee({ actor, organizationId, termId, committeeId }: { actor: Actor; organizationId: string; termId: string; committeeId: string }) {
  requirePermission(actor, 'committee.read');
  const scope = await adminOrganizationIds(db(), actor);
  const committee = await db().committee.findFirst({
    where: { id: committeeId, organizationId, termId, AND: [{ organizationId: { in: scope } }] },
    select: {
      id: true, kind: true, name: true, version: true,
      organization: { select: { id: true, name: true } },
      term: { select: { id: true, name: true, startYear: true, endYear: true } },
      seats: {
        select: {
          id: true, position: true, startDate: true, endDate: true, version: true,
          member: { select: { id: true, fullName: true, deactivatedAt: true, organization: { select: { name: true, shortName: true } } } },
        },
      },
    },
  });
  if (!committee) throw new NotFoundError('Committee');
  const today = todayInVietnam(now());
  const subtree = await organizationSubtree([committee.organization.id]);
  const members = await db().member.findMany({
    where: { organizationId: { in: subtree }, deactivatedAt: null, isPartyMember: true },
    take: 5000,
    select: { id: true, fullName: true, organization: { select: { name: true, shortName: true } } },
  });
  const seats = committee.seats
    .map((seat) => ({
      id: seat.id, version: seat.version, position: seat.position,
      memberId: seat.member.id, fullName: seat.member.fullName, memberLeft: Boolean(seat.member.deactivatedAt),
      unit: seat.member.organization.shortName ?? seat.member.organization.name,
      startDate: dayOf(seat.startDate), endDate: seat.endDate ? dayOf(seat.endDate) : null,
    }))
    .map((seat) => ({ ...seat, held: isSeatCurrentOn(seat, today) }))
    .sort((a, b) => compareSeats(a, b) || compareVietnameseNames(a.fullName, b.fullName));
  return {
    id: committee.id, kind: committee.kind, name: committee.name, version: committee.version,
    organization: committee.organization, term: committee.term, today,
    seats,
    positions: positionsFor(committee.kind),
    members: members
      .map((member) => ({ id: member.id, label: `${member.fullName} — ${member.organization.shortName ?? member.organization.name}`, fullName: member.fullName }))
      .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
  };
}

export type CommitteeView = Awaited<ReturnType<typeof getCommittee>>;
