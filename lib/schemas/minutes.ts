import { z } from 'zod';
import { MAX_INT, optionalText } from './fields.ts';

/** The sections of a Party conference record (biên bản), in the order they are read out. */
export const MINUTES_SECTIONS = ['opening', 'reports', 'discussion', 'closing'] as const;
export type MinutesSection = (typeof MINUTES_SECTIONS)[number];

// A section of a long conference runs to a few pages; 50 000 characters is some twenty.
const section = optionalText(50_000);

export const saveMinutesSchema = z.object({
  conferenceId: z.uuid(),
  /** The version the form was loaded with; 0 when the conference had no minutes yet. */
  version: z.coerce.number().int().min(0).max(MAX_INT),
  opening: section,
  reports: section,
  discussion: section,
  closing: section,
});

export type SaveMinutesInput = z.output<typeof saveMinutesSchema>;
