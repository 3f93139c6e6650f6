import 'server-only';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { TERM_FIRST_YEAR, TERM_LAST_YEAR, type SeatProblem, type TermProblem } from '../../domain/committee-rules.ts';
import { RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/** A DATE column (midnight UTC) as the 'YYYY-MM-DD' day the domain rules compare. */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** 'YYYY-MM-DD' as the office writes it in a message: 31/07/2023. */
const shown = (day: string): string => day.split('-').reverse().join('/');

/**
 * Holds the organisation's row until the transaction ends: two admins opening terms of one organisation
 * at once check and write one after the other, so two overlapping terms cannot both pass the check.
 */
export async function lockOrganization(tx: Tx, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id::text FROM "Organization" WHERE id = ${organizationId}::uuid FOR UPDATE`;
}

/** The same for the seats of one committee: an overlap or a second secretary cannot slip in between. */
export async function lockCommittee(tx: Tx, committeeId: string): Promise<void> {
  await tx.$queryRaw`SELECT id::text FROM "Committee" WHERE id = ${committeeId}::uuid FOR UPDATE`;
}

export function termProblemError(problem: TermProblem): RuleViolationError {
  switch (problem.problem) {
    case 'yearOutOfRange':
      return new RuleViolationError('term.yearOutOfRange', { first: TERM_FIRST_YEAR, last: TERM_LAST_YEAR }, problem.field);
    case 'endNotAfterStart':
      return new RuleViolationError('term.endNotAfterStart', {}, 'endYear');
    case 'tooLong':
      return new RuleViolationError('term.tooLong', { max: problem.max }, 'endYear');
    case 'overlaps':
      return new RuleViolationError('term.overlaps', { name: problem.other.name, start: problem.other.startYear, end: problem.other.endYear }, 'startYear');
  }
}

/** A seat problem as the message next to its field; `names` gives the people of the other seats. */
export function seatProblemError(problem: SeatProblem, names: ReadonlyMap<string, string> = new Map()): RuleViolationError {
  switch (problem.problem) {
    case 'positionNotAllowed':
      return new RuleViolationError('seat.positionNotAllowed', {}, 'position');
    case 'endBeforeStart':
      return new RuleViolationError('seat.endBeforeStart', {}, 'endDate');
    case 'outsideTerm':
      return new RuleViolationError('seat.outsideTerm', { start: problem.startYear, end: problem.endYear }, problem.field);
    case 'personOverlap':
      return new RuleViolationError('seat.personOverlap', { from: shown(problem.other.startDate), to: problem.other.endDate ? shown(problem.other.endDate) : '…' }, 'startDate');
    case 'secondSecretary':
      return new RuleViolationError('seat.secondSecretary', { name: names.get(problem.other.memberId) ?? '', from: shown(problem.other.startDate) }, 'position');
  }
}

/** The fields of a term as the audit log keeps them. */
export const TERM_AUDIT_SELECT = {
  id: true, organizationId: true, name: true, congressNumber: true, startYear: true, endYear: true, version: true,
} as const satisfies Prisma.TermSelect;

export const COMMITTEE_AUDIT_SELECT = {
  id: true, organizationId: true, termId: true, kind: true, name: true, version: true,
} as const satisfies Prisma.CommitteeSelect;

export const SEAT_AUDIT_SELECT = {
  id: true, committeeId: true, memberId: true, position: true, startDate: true, endDate: true, version: true,
} as const satisfies Prisma.CommitteeSeatSelect;

/** The seats of a committee in the shape the domain rules take, with the people's names for messages. */
export async function committeeSeats(tx: Tx, committeeId: string, exceptSeatId?: string) {
  const seats = await tx.committeeSeat.findMany({
    where: { committeeId, ...(exceptSeatId ? { id: { not: exceptSeatId } } : {}) },
    select: { memberId: true, position: true, startDate: true, endDate: true, member: { select: { fullName: true } } },
  });
  return {
    others: seats.map((seat) => ({ memberId: seat.memberId, position: seat.position, startDate: dayOf(seat.startDate), endDate: seat.endDate ? dayOf(seat.endDate) : null })),
    names: new Map(seats.map((seat) => [seat.memberId, seat.member.fullName])),
  };
}

/**
 * Who may sit on a committee: an active party member of the committee's organisation or of one under it.
 * Read in the use case's transaction.
 */
export async function checkSeatMember(tx: Tx, memberId: string, subtree: string[]): Promise<void> {
  const member = await tx.member.findFirst({ where: { id: memberId, organizationId: { in: subtree }, deactivatedAt: null, isPartyMember: true }, select: { id: true } });
  if (!member) throw new RuleViolationError('seat.memberUnavailable', {}, 'memberId');
}
