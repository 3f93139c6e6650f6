/**
 * Where a task stands against its deadline. Overdue is derived, never stored (PRODUCT.md §4).
 *
 * A due date is a calendar date ("hạn hoàn thành 31/12/2025"), not an instant, so both it and
 * "today" are 'YYYY-MM-DD' strings and the arithmetic is in whole days. Today is the date in
 * Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving since 1975), computed from a clock the caller
 * injects, so the rule is testable and the server's own time zone never matters.
 *
 *   DONE, CANCELLED            → CLOSED   (nothing is owed, whatever the date)
 *   no due date                → NO_DEADLINE
 *   today > dueDate            → OVERDUE  (a PAUSED task still owes its deadline)
 *   dueDate − today in 0…7 days → DUE_SOON (due today counts as due soon, not overdue)
 *   otherwise                  → ON_TRACK
 */

import { isClosedTaskStatus, type TaskStatus } from './task-status.ts';

export type DeadlineState = 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK' | 'CLOSED' | 'NO_DEADLINE';

/** A due date this many days ahead or fewer (today included) is DUE_SOON. */
export const DUE_SOON_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date; throws on anything else, including 2023-02-30. */
function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return ms / DAY_MS;
    }
  }
  throw new RangeError(`Expected a calendar date 'YYYY-MM-DD', got '${date}'`);
}

/** Whole days from today to dueDate: positive ahead, 0 on the day, negative when overdue. */
export function daysUntil(dueDate: string, today: string): number {
  return dayNumber(dueDate) - dayNumber(today);
}

export interface DeadlineInput {
  dueDate: string | null;
  status: TaskStatus;
  today: string;
}

export function deadlineState({ dueDate, status, today }: DeadlineInput): DeadlineState {
  if (isClosedTaskStatus(status)) return 'CLOSED';
  if (dueDate === null) return 'NO_DEADLINE';
  const days = daysUntil(dueDate, today);
  if (days < 0) return 'OVERDUE';
  if (days <= DUE_SOON_DAYS) return 'DUE_SOON';
  return 'ON_TRACK';
}

/** The calendar date in Vietnam at the instant `now`, as 'YYYY-MM-DD'. */
export function todayInVietnam(now: Date): string {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('todayInVietnam needs a valid Date');
  // Shift the instant by +7 h and read the UTC fields: no Intl time-zone data needed.
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  const year = String(local.getUTCFullYear()).padStart(4, '0');
  const month = String(local.getUTCMonth() + 1).padStart(2, '0');
  const day = String(local.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
