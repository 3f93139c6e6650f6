// Wall-clock times in Vietnam. The office thinks "31/07/2023 at 07:30"; the database keeps instants
// (timestamptz). Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact
// and a day is always 24 hours: shifting an instant by whole days keeps its time of day.

const OFFSET = '+07:00';
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "HH:mm" on the 24-hour clock, as <input type="time"> sends it. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The instant of `time` ("HH:mm") on `isoDate` ("YYYY-MM-DD") in Vietnam. */
export function vietnamInstant(isoDate: string, time: string): Date {
  const instant = new Date(`${isoDate}T${time}:00${OFFSET}`);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date and time: ${isoDate} ${time}`);
  return instant;
}

/** The Vietnam calendar day ("YYYY-MM-DD") of an instant. */
export function vietnamDateOf(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Vietnam time of day ("HH:mm") of an instant. */
export function vietnamTimeOf(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The same time of day, `days` later (or earlier): moving a programme to another date. */
export function shiftByDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}
