import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { organizationSubtree } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { checkSeat } from '../../domain/committee-rules.ts';
import type { AddSeatInput } from '../../schemas/committee.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { checkSeatMember, committeeSeats, dayOf, lockCommittee, SEAT_AUDIT_SELECT, seatProblemError } from './committee-rules.ts';

/**
 * Gives a member a seat on a committee: an active party member of the committee's organisation or one
 * under it, a position the committee has, dates within its term, no second seat of the same person at
 * the same time and no second secretary (lib/domain/committee-rules.ts).
 */
export async function addSeat({ actor, committeeId, memberId, position, startDate, endDate }: { actor: Actor } & AddSeatInput): Promise<{ id: string; organizationId: string; termId: string }> {
  requirePermission(actor, 'committee.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const committee = await tx.committee.findFirst({
      where: { id: committeeId, organizationId: { in: scope } },
      select: { id: true, kind: true, organizationId: true, termId: true, term: { select: { startYear: true, endYear: true } } },
    });
    if (!committee) throw new NotFoundError('Committee');
    await lockCommittee(tx, committeeId);
    await checkSeatMember(tx, memberId, await organizationSubtree([committee.organizationId], tx));
    const { others, names } = await committeeSeats(tx, committeeId);
    const problem = checkSeat(
      { memberId, position, startDate: dayOf(startDate), endDate: endDate ? dayOf(endDate) : null },
      { committeeKind: committee.kind, term: committee.term, others },
    );
    if (problem) throw seatProblemError(problem, names);
    const created = await tx.committeeSeat.create({ data: { committeeId, memberId, position, startDate, endDate }, select: SEAT_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'seat.add', entity: 'CommitteeSeat', entityId: created.id, after: created });
    return { id: created.id, organizationId: committee.organizationId, termId: committee.termId };
  });
}
