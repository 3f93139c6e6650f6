import { z } from 'zod';
import { COMMITTEE_KINDS, SEAT_POSITIONS } from '../domain/committee-rules.ts';
import { calendarDate, requiredText, versionField } from './fields.ts';

// The admin's forms for terms, committees and seats. Custom messages are keys of the `errors` catalogue;
// the rules that need the other terms or seats are checked by the use cases (lib/domain/committee-rules.ts).

const year = z.string('required').trim().regex(/^\d{4}$/, 'term.invalidYear').transform(Number);
const congressNumber = z.string('required').trim().regex(/^\d{1,2}$/, 'term.invalidCongress').transform(Number).pipe(z.number().min(1, 'term.invalidCongress'));

const termFields = {
  name: requiredText(200),
  congressNumber,
  startYear: year,
  endYear: year,
};

export const openTermSchema = z.object({ organizationId: z.uuid(), ...termFields });
export const updateTermSchema = z.object({ termId: z.uuid(), version: versionField, ...termFields });

export const createCommitteeSchema = z.object({
  organizationId: z.uuid(),
  termId: z.uuid(),
  kind: z.enum(COMMITTEE_KINDS, 'committee.chooseKind'),
  name: requiredText(200),
});
export const renameCommitteeSchema = z.object({ committeeId: z.uuid(), version: versionField, name: requiredText(200) });

/** An optional day from <input type="date">: blank means none (a seat still held). */
const optionalDate = z.union([z.literal(''), calendarDate]).optional().transform((value) => value || null);

const seatFields = {
  memberId: z.uuid('seat.memberRequired'),
  position: z.enum(SEAT_POSITIONS, 'seat.choosePosition'),
  startDate: calendarDate,
  endDate: optionalDate,
};

export const addSeatSchema = z.object({ committeeId: z.uuid(), ...seatFields });
export const correctSeatSchema = z.object({ seatId: z.uuid(), version: versionField, ...seatFields });
export const endSeatSchema = z.object({ seatId: z.uuid(), version: versionField, endDate: calendarDate });

export type OpenTermInput = z.output<typeof openTermSchema>;
export type UpdateTermInput = z.output<typeof updateTermSchema>;
export type CreateCommitteeInput = z.output<typeof createCommitteeSchema>;
export type RenameCommitteeInput = z.output<typeof renameCommitteeSchema>;
export type AddSeatInput = z.output<typeof addSeatSchema>;
export type CorrectSeatInput = z.output<typeof correctSeatSchema>;
export type EndSeatInput = z.output<typeof endSeatSchema>;
