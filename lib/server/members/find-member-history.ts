import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { memberScope } from '../../auth/scope.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { calendarDateOf } from '../../domain/calendar.ts';
import { compareSeats, compareTransfers, seatState } from '../../domain/member-transfer.ts';
import { vietnamDateOf } from '../../domain/vietnam-time.ts';
import { NotFoundError } from '../errors.ts';

/**
 * A member's history, oldest first: their transfers between units (each with its date, from → to, note
 * and who recorded it; an organisation merge writes these too) and every committee seat they held or
 * hold (committee, its organisation and term, position, start and end, and whether it is held today,
 * ended or yet to start). Days are
 * "YYYY-MM-DD". Throws not-found for a member outside the actor's scope.
 */
export async function findMemberHistory({ actor, memberId }: { actor: Actor; memberId: string }) {
  requirePermission(actor, 'member.read');
  const member = await db().member.findFirst({ where: { AND: [{ id: memberId }, memberScope(actor)] }, select: { id: true } });
  if (!member) throw new NotFoundError('Member');
  const [transfers, seats] = await Promise.all([
    db().memberTransfer.findMany({
      where: { memberId },
      select: {
        id: true, effectiveDate: true, note: true, createdAt: true,
        fromOrganization: { select: { id: true, name: true } },
        toOrganization: { select: { id: true, name: true } },
        createdBy: { select: { member: { select: { fullName: true } } } },
      },
    }),
    db().committeeSeat.findMany({
      where: { memberId },
      select: {
        id: true, position: true, startDate: true, endDate: true,
        committee: { select: { id: true, name: true, kind: true, organization: { select: { id: true, name: true } }, term: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  const today = vietnamDateOf(now());
  return {
    transfers: transfers
      .map(({ createdBy, effectiveDate, ...transfer }) => ({ ...transfer, effectiveDate: calendarDateOf(effectiveDate), recordedBy: createdBy?.member.fullName ?? null }))
      .sort(compareTransfers),
    seats: seats
      .map(({ startDate, endDate, ...seat }) => {
        const days = { startDate: calendarDateOf(startDate), endDate: endDate ? calendarDateOf(endDate) : null };
        return { ...seat, ...days, state: seatState(days, today) };
      })
      .sort(compareSeats),
  };
}

export type MemberHistory = Awaited<ReturnType<typeof findMemberHistory>>;
