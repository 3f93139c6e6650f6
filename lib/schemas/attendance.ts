import { z } from 'zod';
import { AttendanceStatus } from '../db/generated/prisma/enums.ts';
import { optionalText, versionField } from './fields.ts';

export type AttendanceMark = AttendanceStatus;

/** Most rows one save may carry: a congress has a few hundred delegates; this leaves room and stops abuse. */
export const MAX_ATTENDANCE_ROWS = 5000;

/**
 * One row of the register as the secretary left it. `version` is the invitee's version when the page
 * was loaded: a row someone else changed meanwhile is refused, never overwritten. An excused absence
 * (vắng có lý do) is excused by its reason, so the reason is required.
 */
export const attendanceChangeSchema = z
  .object({
    inviteeId: z.uuid('invalidChoice'),
    version: versionField,
    status: z.enum(AttendanceStatus, 'invalidChoice'),
    note: optionalText(500),
  })
  .refine((change) => change.status !== 'EXCUSED' || change.note !== null, { path: ['note'], message: 'attendance.reasonRequired' });

/** The register posts its changed rows as one JSON field; a malformed one is refused, not half-read. */
const changesField = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  },
  z
    .array(attendanceChangeSchema, 'attendance.malformed')
    .min(1, 'attendance.nothingToSave')
    .max(MAX_ATTENDANCE_ROWS)
    .refine((changes) => new Set(changes.map((change) => change.inviteeId)).size === changes.length, 'attendance.duplicateRow'),
);

export const recordAttendanceSchema = z.object({
  conferenceId: z.uuid('invalidChoice'),
  changes: changesField,
});

export type AttendanceChange = z.output<typeof attendanceChangeSchema>;
export type RecordAttendanceInput = z.output<typeof recordAttendanceSchema>;
