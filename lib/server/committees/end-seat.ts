import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { checkSeatEnd } from '../../domain/committee-rules.ts';
import type { EndSeatInput } from '../../schemas/committee.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { dayOf, SEAT_AUDIT_SELECT, seatProblemError } from './committee-rules.ts';

/**
 * Ends a held seat on its last day (the member leaves the committee, moves or retires), from the version
 * the form was loaded with. The seat stays in the committee's history; a seat already ended is changed
 * by correcting it.
 */
export async function endSeat({ actor, seatId, version, endDate }: { actor: Actor } & EndSeatInput): Promise<{ id: string; committeeId: string; organizationId: string; termId: string }> {
  requirePermission(actor, 'committee.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const before = await tx.committeeSeat.findFirst({
      where: { id: seatId, committee: { organizationId: { in: scope } } },
      select: { ...SEAT_AUDIT_SELECT, committee: { select: { organizationId: true, termId: true, term: { select: { startYear: true, endYear: true } } } } },
    });
    if (!before) throw new NotFoundError('CommitteeSeat');
    const { committee, ...seat } = before;
    if (seat.endDate) throw new RuleViolationError('seat.alreadyEnded', { date: dayOf(seat.endDate).split('-').reverse().join('/') }, 'endDate');
    const problem = checkSeatEnd({ startDate: dayOf(seat.startDate), endDate: null }, dayOf(endDate), committee.term);
    if (problem) throw seatProblemError(problem);
    const { count } = await tx.committeeSeat.updateMany({ where: { id: seatId, version }, data: { endDate, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'CommitteeSeat', seatId);
    const after = await tx.committeeSeat.findUniqueOrThrow({ where: { id: seatId }, select: SEAT_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'seat.end', entity: 'CommitteeSeat', entityId: seatId, before: seat, after });
    return { id: seatId, committeeId: seat.committeeId, organizationId: committee.organizationId, termId: committee.termId };
  });
}
