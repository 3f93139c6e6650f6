/**
 * Quorum and attendance counts for a conference.
 *
 * A committee meeting is valid only when at least two thirds of its members attend (PRODUCT.md §3;
 * the Party's working regulations). required = ⌈2·expected / 3⌉, computed in integers so that
 * 2/3 of 3 is exactly 2 and never 2.0000000000000004 rounded up to 3.
 */

export type AttendanceStatus = 'PRESENT' | 'LATE' | 'EXCUSED' | 'ABSENT';

export interface QuorumInput {
  /** Members who should attend (the committee's seats), not guests or delegates. */
  expected: number;
  /** Members who attended (present or late). */
  present: number;
}

export interface Quorum {
  expected: number;
  present: number;
  required: number;
  met: boolean;
  /** How many more members are needed; 0 when met (and when expected is 0: no members to add). */
  shortfall: number;
}

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${n}`);
}

export function computeQuorum({ expected, present }: QuorumInput): Quorum {
  assertCount('expected', expected);
  assertCount('present', present);
  // ⌈2e/3⌉ = ⌊(2e + 2)/3⌋ for integers e ≥ 0.
  const required = Math.floor((2 * expected + 2) / 3);
  // A body with no members cannot hold a valid meeting: without this, 0 ≥ 0 would show a
  // green "quorum met" on a conference whose member list was never filled in.
  const met = expected > 0 && present >= required;
  return { expected, present, required, met, shortfall: Math.max(0, required - present) };
}

export interface AttendanceCount {
  /** Attended: PRESENT plus LATE (a late member still counts toward the quorum). */
  present: number;
  late: number;
  excused: number;
  absent: number;
  /** Attendance not yet recorded (null). */
  unrecorded: number;
  total: number;
}

export function countAttendance(statuses: readonly (AttendanceStatus | null)[]): AttendanceCount {
  const count: AttendanceCount = { present: 0, late: 0, excused: 0, absent: 0, unrecorded: 0, total: statuses.length };
  for (const status of statuses) {
    switch (status) {
      case 'PRESENT':
        count.present += 1;
        break;
      case 'LATE':
        count.present += 1;
        count.late += 1;
        break;
      case 'EXCUSED':
        count.excused += 1;
        break;
      case 'ABSENT':
        count.absent += 1;
        break;
      case null:
        count.unrecorded += 1;
        break;
    }
  }
  return count;
}
