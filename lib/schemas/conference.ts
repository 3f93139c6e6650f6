import { z } from 'zod';
import { ConferenceKind, ConferenceStatus } from '../db/generated/prisma/enums.ts';
import { TIME_OF_DAY, vietnamInstant } from '../domain/vietnam-time.ts';
import { isoDay, optionalId, optionalText, requiredText, versionField } from './fields.ts';

/** Most conferences have one chair; a presidium (đoàn chủ tịch) of a congress has a few. */
export const MAX_CHAIRS = 7;

/** "HH:mm" from <input type="time">, read as Vietnam time. */
export const timeOfDay = z.string('required').trim().min(1, 'required').regex(TIME_OF_DAY, 'conference.invalidTime');

/** A day from <input type="date">, kept as "YYYY-MM-DD" (the use case makes Vietnam instants of it). */
export const conferenceDate = isoDay;

/**
 * Chairs in the order the form lists them. A single <select> arrives as a string, several as an
 * array; the blank "none" choices of unused rows are dropped.
 */
const chairMemberIds = z
  .preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((id) => id !== ''),
    z.array(z.uuid('invalidChoice')).min(1, 'conference.chairRequired').max(MAX_CHAIRS, 'conference.tooManyChairs'),
  )
  .refine((ids) => new Set(ids).size === ids.length, 'conference.chairTwice');

const conferenceFields = {
  kind: z.enum(ConferenceKind, 'invalidChoice'),
  title: requiredText(500),
  date: conferenceDate,
  startTime: timeOfDay,
  endTime: timeOfDay,
  venue: optionalText(300),
  hostOrganizationId: z.uuid('invalidChoice'),
  chairMemberIds,
  secretaryMemberId: optionalId,
  quorumCommitteeId: optionalId,
  planId: optionalId,
};

type ConferenceFieldsOutput = z.output<z.ZodObject<typeof conferenceFields>>;

/** The database refuses it too (CHECK "endsAt" > "startsAt"); this puts the message next to the field. */
function endAfterStart(value: { startTime: string; endTime: string }, context: z.core.$RefinementCtx): void {
  // "HH:mm" strings of the same day compare as times.
  if (value.endTime <= value.startTime) context.addIssue({ code: 'custom', path: ['endTime'], message: 'conference.endBeforeStart' });
}

/** The form's day and times as the instants the database keeps. */
function toInstants<T extends ConferenceFieldsOutput>({ date, startTime, endTime, ...rest }: T) {
  return { ...rest, startsAt: vietnamInstant(date, startTime), endsAt: vietnamInstant(date, endTime) };
}

export const createConferenceSchema = z.object(conferenceFields).superRefine(endAfterStart).transform(toInstants);

export const updateConferenceSchema = z
  .object({ ...conferenceFields, conferenceId: z.uuid(), version: versionField })
  .superRefine(endAfterStart)
  .transform(toInstants);

export const changeConferenceStatusSchema = z.object({
  conferenceId: z.uuid(),
  version: versionField,
  to: z.enum(ConferenceStatus, 'invalidChoice'),
});

export const duplicateConferenceSchema = z.object({ conferenceId: z.uuid(), date: conferenceDate });

export type CreateConferenceInput = z.output<typeof createConferenceSchema>;
export type UpdateConferenceInput = z.output<typeof updateConferenceSchema>;
export type ChangeConferenceStatusInput = z.output<typeof changeConferenceStatusSchema>;
export type DuplicateConferenceInput = z.output<typeof duplicateConferenceSchema>;
