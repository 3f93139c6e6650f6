import { isSeatCurrentOn } from '../../domain/committee-rules.ts';
import { computeQuorum, type AttendanceStatus, type Quorum } from '../../domain/quorum.ts';
import { vietnamDateOf } from '../../domain/vietnam-time.ts';

/** The seat fields the quorum needs: who, and from when to when (a seat ended before the day does not count). */
export const QUORUM_SEAT_SELECT = { memberId: true, startDate: true, endDate: true } as const;

type DatedSeat = { memberId: string; startDate: Date; endDate: Date | null };

/** The people on seats of the committee held on the conference's day (Vietnam time), each once. */
export function seatHoldersOn(seats: readonly DatedSeat[], startsAt: Date): Set<string> {
  const day = vietnamDateOf(startsAt);
  const span = (seat: DatedSeat) => ({ startDate: seat.startDate.toISOString().slice(0, 10), endDate: seat.endDate ? seat.endDate.toISOString().slice(0, 10) : null });
  return new Set(seats.filter((seat) => isSeatCurrentOn(span(seat), day)).map((seat) => seat.memberId));
}

/**
 * The two-thirds rule of a conference: who should attend are the seats of its quorum committee held on
 * the conference's day (the same person on two seats counts once; a seat that ended before or began after
 * that day does not count), who attended are those of them marked present or late.
 * Guests, delegates and other invitees do not count either way.
 */
export function conferenceQuorum(
  committee: { name: string; seats: readonly DatedSeat[] } | null,
  invitees: readonly { memberId: string | null; attendance: AttendanceStatus | null }[],
  startsAt: Date,
): (Quorum & { committee: string; memberIds: string[] }) | null {
  if (!committee) return null;
  const memberIds = seatHoldersOn(committee.seats, startsAt);
  const present = invitees.filter((invitee) => invitee.memberId && memberIds.has(invitee.memberId) && (invitee.attendance === 'PRESENT' || invitee.attendance === 'LATE')).length;
  return { committee: committee.name, memberIds: [...memberIds], ...computeQuorum({ expected: memberIds.size, present }) };
}
