/**
 * The rules of a member's record over time (issue 5, members): when a transfer may take effect, which
 * committee seats are still held, and the order the member page tells the history in. Dates are
 * calendar days as "YYYY-MM-DD" (Vietnam's day for "today"), compared as strings.
 */

export type TransferDateProblem =
  | { code: 'future'; today: string }
  | { code: 'beforeLast'; last: string };

/**
 * A transfer records a move that has happened: dated today at the latest, and never before the
 * member's latest transfer (the history reads in order; the same day is allowed: two moves in a day).
 */
export function transferDateProblem({ effectiveDate, today, lastTransferDate }: { effectiveDate: string; today: string; lastTransferDate: string | null }): TransferDateProblem | null {
  if (effectiveDate > today) return { code: 'future', today };
  if (lastTransferDate !== null && effectiveDate < lastTransferDate) return { code: 'beforeLast', last: lastTransferDate };
  return null;
}

export type SeatState = 'upcoming' | 'current' | 'ended';

/**
 * A seat is held from its start day through its end day, both included; no end day means it is held
 * until ended (the reading of lib/domain/committee-rules.ts). Before its start it is upcoming.
 */
export function seatState(seat: { startDate: string; endDate: string | null }, today: string): SeatState {
  if (seat.endDate !== null && seat.endDate < today) return 'ended';
  return seat.startDate > today ? 'upcoming' : 'current';
}

/** Transfers oldest first; two on the same day in the order they were recorded. */
export function compareTransfers(a: { effectiveDate: string; createdAt: Date }, b: { effectiveDate: string; createdAt: Date }): number {
  return a.effectiveDate.localeCompare(b.effectiveDate) || a.createdAt.getTime() - b.createdAt.getTime();
}

/** Seats oldest first by start day, then the one that ended first (an open seat last). */
export function compareSeats(a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }): number {
  return a.startDate.localeCompare(b.startDate) || (a.endDate ?? '9999-12-31').localeCompare(b.endDate ?? '9999-12-31');
}
