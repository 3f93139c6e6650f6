/**
 * Terms (nhiệm kỳ), committees (Ban Chấp hành, Ban Thường vụ, Chi ủy) and their seats, as pure rules.
 *
 * Years and days: a term runs from the congress of its start year to that of its end year, so two
 * consecutive terms share that year (2015–2020, then 2020–2025) and only a longer common stretch is an
 * overlap. A seat is held from its start day to its end day, both included ('YYYY-MM-DD' calendar days;
 * no end day: still held), the same reading as the signature of official documents
 * (lib/server/official-documents/document-issuer.ts): a successor starts the day after.
 */

export type OrganizationKind = 'PROVINCIAL_COMMITTEE' | 'BLOCK_COMMITTEE' | 'GRASSROOTS_COMMITTEE' | 'PARTIAL_COMMITTEE' | 'CELL';
export type CommitteeKind = 'EXECUTIVE' | 'STANDING' | 'CELL_COMMITTEE';
export type SeatPosition = 'SECRETARY' | 'DEPUTY_SECRETARY' | 'STANDING_MEMBER' | 'EXECUTIVE_MEMBER' | 'CELL_COMMITTEE_MEMBER';

export const COMMITTEE_KINDS = ['EXECUTIVE', 'STANDING', 'CELL_COMMITTEE'] as const satisfies readonly CommitteeKind[];
export const SEAT_POSITIONS = ['SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'EXECUTIVE_MEMBER', 'CELL_COMMITTEE_MEMBER'] as const satisfies readonly SeatPosition[];

/** The earliest and latest years a term may name: the Party was founded in 1930. */
export const TERM_FIRST_YEAR = 1930;
export const TERM_LAST_YEAR = 2100;
/**
 * A term lasts five years between congresses (Điều lệ Đảng); 2020–2025 is end − start = 5. One more
 * year is allowed for a congress held late; anything longer is a typing mistake.
 */
export const TERM_MAX_SPAN_YEARS = 6;

// ─── Terms ────────────────────────────────────────────────────────────────────────────────────────

export interface TermYears {
  startYear: number;
  endYear: number;
}

export type TermProblem =
  | { problem: 'yearOutOfRange'; field: 'startYear' | 'endYear' }
  | { problem: 'endNotAfterStart' }
  | { problem: 'tooLong'; max: number }
  | { problem: 'overlaps'; other: TermYears & { name: string } };

/** Whether two terms share more than the congress year that ends one and starts the other. */
export function termsOverlap(a: TermYears, b: TermYears): boolean {
  return a.startYear < b.endYear && b.startYear < a.endYear;
}

/**
 * The first problem of a term's years, against the organisation's other terms (without the term
 * itself when it is being edited); null when the years are fine.
 */
export function checkTermYears(term: TermYears, others: readonly (TermYears & { name: string })[]): TermProblem | null {
  for (const field of ['startYear', 'endYear'] as const) {
    const year = term[field];
    if (!Number.isInteger(year) || year < TERM_FIRST_YEAR || year > TERM_LAST_YEAR) return { problem: 'yearOutOfRange', field };
  }
  if (term.endYear <= term.startYear) return { problem: 'endNotAfterStart' };
  if (term.endYear - term.startYear > TERM_MAX_SPAN_YEARS) return { problem: 'tooLong', max: TERM_MAX_SPAN_YEARS };
  const other = others.find((candidate) => termsOverlap(term, candidate));
  return other ? { problem: 'overlaps', other } : null;
}

/** "Đại hội lần thứ V": congresses are numbered in Roman numerals. */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`No Roman numeral for ${value}`);
  const symbols: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let text = '';
  for (const [amount, symbol] of symbols) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}

// ─── Committees ───────────────────────────────────────────────────────────────────────────────────

/**
 * The committees an organisation elects: a cell (chi bộ) has its cell committee (Chi ủy); every
 * other level its executive committee (Ban Chấp hành) and standing committee (Ban Thường vụ).
 */
export function committeeKindsFor(organizationKind: OrganizationKind): readonly CommitteeKind[] {
  return organizationKind === 'CELL' ? ['CELL_COMMITTEE'] : ['EXECUTIVE', 'STANDING'];
}

// ─── Seats ────────────────────────────────────────────────────────────────────────────────────────

/**
 * The positions a committee's seats may hold: the secretary and deputies in any; a standing member
 * (Ủy viên BTV) only in the standing committee, an executive member (Ủy viên BCH) only in the executive
 * committee, a cell committee member (Chi ủy viên) only in a cell committee.
 */
export function positionsFor(committeeKind: CommitteeKind): readonly SeatPosition[] {
  const member: Record<CommitteeKind, SeatPosition> = { EXECUTIVE: 'EXECUTIVE_MEMBER', STANDING: 'STANDING_MEMBER', CELL_COMMITTEE: 'CELL_COMMITTEE_MEMBER' };
  return ['SECRETARY', 'DEPUTY_SECRETARY', member[committeeKind]];
}

export interface SeatSpan {
  /** 'YYYY-MM-DD', the first day held. */
  startDate: string;
  /** 'YYYY-MM-DD', the last day held; null while held. */
  endDate: string | null;
}

export interface SeatDraft extends SeatSpan {
  memberId: string;
  position: SeatPosition;
}

export type SeatProblem =
  | { problem: 'positionNotAllowed'; field: 'position' }
  | { problem: 'endBeforeStart'; field: 'endDate' }
  | { problem: 'outsideTerm'; field: 'startDate' | 'endDate'; startYear: number; endYear: number }
  | { problem: 'personOverlap'; field: 'startDate'; other: SeatDraft }
  | { problem: 'secondSecretary'; field: 'position'; other: SeatDraft };

/** Whether two seats share at least one day (an open end runs on for ever). */
export function seatsOverlap(a: SeatSpan, b: SeatSpan): boolean {
  return (b.endDate === null || a.startDate <= b.endDate) && (a.endDate === null || b.startDate <= a.endDate);
}

/** Whether a seat is held on a calendar day ('YYYY-MM-DD'): the quorum of a conference counts these on its day. */
export function isSeatCurrentOn(seat: SeatSpan, day: string): boolean {
  return seat.startDate <= day && (seat.endDate === null || day <= seat.endDate);
}

/**
 * The first problem of a seat in a committee of a term, against the committee's other seats (without
 * the seat itself when it is being corrected); null when it may be saved. Dates compare as text: they
 * are 'YYYY-MM-DD'.
 */
export function checkSeat(
  seat: SeatDraft,
  context: { committeeKind: CommitteeKind; term: TermYears; others: readonly SeatDraft[] },
): SeatProblem | null {
  if (!positionsFor(context.committeeKind).includes(seat.position)) return { problem: 'positionNotAllowed', field: 'position' };
  if (seat.endDate !== null && seat.endDate < seat.startDate) return { problem: 'endBeforeStart', field: 'endDate' };
  const { startYear, endYear } = context.term;
  const yearOf = (day: string) => Number(day.slice(0, 4));
  if (yearOf(seat.startDate) < startYear || yearOf(seat.startDate) > endYear) return { problem: 'outsideTerm', field: 'startDate', startYear, endYear };
  if (seat.endDate !== null && yearOf(seat.endDate) > endYear) return { problem: 'outsideTerm', field: 'endDate', startYear, endYear };
  const samePerson = context.others.find((other) => other.memberId === seat.memberId && seatsOverlap(seat, other));
  if (samePerson) return { problem: 'personOverlap', field: 'startDate', other: samePerson };
  if (seat.position === 'SECRETARY') {
    const secretary = context.others.find((other) => other.position === 'SECRETARY' && seatsOverlap(seat, other));
    if (secretary) return { problem: 'secondSecretary', field: 'position', other: secretary };
  }
  return null;
}

/**
 * The problem of ending a seat on `endDate` (its last day), if any: not before its start, within the
 * term's years. Ending never makes a seat overlap another, so nothing else needs checking.
 */
export function checkSeatEnd(seat: SeatSpan, endDate: string, term: TermYears): SeatProblem | null {
  if (endDate < seat.startDate) return { problem: 'endBeforeStart', field: 'endDate' };
  if (Number(endDate.slice(0, 4)) > term.endYear) return { problem: 'outsideTerm', field: 'endDate', startYear: term.startYear, endYear: term.endYear };
  return null;
}

/** The order seats are listed in: secretary, deputies, members; held before ended; then by start. */
export function compareSeats(a: SeatDraft, b: SeatDraft): number {
  const rank = SEAT_POSITIONS.indexOf(a.position) - SEAT_POSITIONS.indexOf(b.position);
  if (rank !== 0) return rank;
  if ((a.endDate === null) !== (b.endDate === null)) return a.endDate === null ? -1 : 1;
  return a.startDate.localeCompare(b.startDate);
}
