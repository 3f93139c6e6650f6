import { z } from 'zod';
import { calendarDate, optionalId, optionalText, requiredText, versionField } from './fields.ts';

/**
 * Number and symbol of a Party document: number, type abbreviation and issuer, e.g. "274-KH/ĐUSLĐTBXH",
 * "01-NQ/ĐU", "15-TB/TU" (Hướng dẫn 36-HD/VPTW). Spaces around the separators are removed first.
 */
const officialNumber = z
  .string('required')
  .normalize('NFC')
  .transform((value) => value.replace(/\s*([-/])\s*/g, '$1').trim().toUpperCase())
  .pipe(z.string().min(1, 'required').max(60).regex(/^\d+[A-Z]?-\p{Lu}+(\/[\p{Lu}\d.-]+)+$/u, 'plan.numberFormat'));

export const planFields = {
  officialNumber,
  issuedOn: calendarDate,
  issuerId: z.uuid('invalidChoice'),
  title: requiredText(500),
  purpose: optionalText(4000),
  content: optionalText(20000),
  resolutionId: optionalId,
};

export const createPlanSchema = z.object(planFields);
export const updatePlanSchema = z.object({ ...planFields, planId: z.uuid(), version: versionField });

export type CreatePlanInput = z.output<typeof createPlanSchema>;
export type UpdatePlanInput = z.output<typeof updatePlanSchema>;
