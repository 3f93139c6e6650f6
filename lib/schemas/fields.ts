import { z } from 'zod';

// Field schemas shared by the forms. Custom messages are keys of the `errors` message catalogue;
// zod's own messages come in the user's language (lib/server/action-state.ts).

/** Required free text, trimmed and NFC-normalised (Vietnamese typed on different keyboards compares equal). */
export function requiredText(max: number) {
  return z.string('required').trim().normalize('NFC').min(1, 'required').max(max);
}

/** Optional free text: blank becomes null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .normalize('NFC')
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));
}

/**
 * The earliest day any record of the Party's can carry (the year of its founding, 1930): ISO dates run
 * from year 0001, and a mistyped "0024" would otherwise pass as a merge, transfer or plan date.
 */
export const EARLIEST_DAY = '1930-01-01';

/** A YYYY-MM-DD day from <input type="date">, not before EARLIEST_DAY (ISO strings compare as dates). */
export const isoDay = z.iso.date('invalidDate').refine((value) => value >= EARLIEST_DAY, 'dateTooEarly');

/** A calendar day from <input type="date"> (YYYY-MM-DD), stored as a DATE (midnight UTC). */
export const calendarDate = isoDay.transform((value) => new Date(`${value}T00:00:00Z`));

/** An optional record id from a <select>: "" means none. */
export const optionalId = z
  .union([z.literal(''), z.uuid('invalidChoice')])
  .optional()
  .transform((value) => value || null);

/** The largest value of an INT column (PostgreSQL's int4): a larger number is refused, not a database error. */
export const MAX_INT = 2_147_483_647;

/** The version the form was loaded with, for the lost-update check. */
export const versionField = z.coerce.number().int().min(1).max(MAX_INT);
