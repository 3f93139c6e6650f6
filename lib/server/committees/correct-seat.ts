import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { organizationSubtree } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { checkSeat } from '../../domain/committee-rules.ts';
import type { CorrectSeatInput } from '../../schemas/committee.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { checkSeatMember, committeeSeats, dayOf, lockCommittee, SEAT_AUDIT_SELECT, seatProblemError } from './committee-rules.ts';

/**
 * Corrects a seat typed wrong (person, position, dates) from the version the form was loaded with, under
 * the same rules as a new seat. The person kept as they were is not checked again: a member who has
 * since left still held the seat.
 */
export async function correctSeat({ actor, seatId, version, memberId, position, startDate, endDate }: { actor: Actor } & CorrectSeatInput): Promise<{ id: string; committeeId: string; organizationId: string; termId: string }> {
  requirePermission(actor, 'committee.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const before = await tx.committeeSeat.findFirst({ where: { id: seatId, committee: { organizationId: { in: scope } } }, select: SEAT_AUDIT_SELECT });
    if (!before) throw new NotFoundError('CommitteeSeat');
    const committee = await tx.committee.findUniqueOrThrow({
      where: { id: before.committeeId },
      select: { kind: true, organizationId: true, termId: true, term: { select: { startYear: true, endYear: true } } },
    });
    await lockCommittee(tx, before.committeeId);
    if (memberId !== before.memberId) await checkSeatMember(tx, memberId, await organizationSubtree([committee.organizationId], tx));
    const { others, names } = await committeeSeats(tx, before.committeeId, seatId);
    const problem = checkSeat(
      { memberId, position, startDate: dayOf(startDate), endDate: endDate ? dayOf(endDate) : null },
      { committeeKind: committee.kind, term: committee.term, others },
    );
    if (problem) throw seatProblemError(problem, names);
    const { count } = await tx.committeeSeat.updateMany({ where: { id: seatId, version }, data: { memberId, position, startDate, endDate, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'CommitteeSeat', seatId);
    const after = await tx.committeeSeat.findUniqueOrThrow({ where: { id: seatId }, select: SEAT_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'seat.correct', entity: 'CommitteeSeat', entityId: seatId, before, after });
    return { id: seatId, committeeId: before.committeeId, organizationId: committee.organizationId, termId: committee.termId };
  });
}
