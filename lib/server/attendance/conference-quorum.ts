import { computeQuorum, type AttendanceStatus, type Quorum } from '../../domain/quorum.ts';

/**
 * The two-thirds rule of a conference: who should attend are the current seats of its quorum committee
 * (the same person on two seats counts once), who attended are those of them marked present or late.
 * Guests, delegates and other invitees do not count either way.
 */
export function conferenceQuorum(
  committee: { name: string; seats: readonly { memberId: string }[] } | null,
  invitees: readonly { memberId: string | null; attendance: AttendanceStatus | null }[],
): (Quorum & { committee: string; memberIds: string[] }) | null {
  if (!committee) return null;
  const memberIds = new Set(committee.seats.map((seat) => seat.memberId));
  const present = invitees.filter((invitee) => invitee.memberId && memberIds.has(invitee.memberId) && (invitee.attendance === 'PRESENT' || invitee.attendance === 'LATE')).length;
  return { committee: committee.name, memberIds: [...memberIds], ...computeQuorum({ expected: memberIds.size, present }) };
}
