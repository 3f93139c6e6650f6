// Calendar dates as 'YYYY-MM-DD' strings: a due date or an issue date is a day, not an instant, and
// comparing strings of this shape is comparing days.

/** The day `days` after (or before, when negative) the given day. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) throw new RangeError(`Not a calendar date: ${isoDate}`);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A DATE column as Prisma returns it (midnight UTC) back to its day. */
export function calendarDateOf(value: Date): string {
  return value.toISOString().slice(0, 10);
}
