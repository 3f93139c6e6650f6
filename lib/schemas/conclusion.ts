import { z } from 'zod';
import { requiredText, versionField } from './fields.ts';

// One numbered conclusion of the chair is a paragraph or a few; the longest in the reference is ~900.
const content = requiredText(10_000);

export const addConclusionSchema = z.object({ conferenceId: z.uuid(), content });

/** Edits a draft, or revises a published conclusion (which then gets a new revision). */
export const updateConclusionSchema = z.object({ conclusionId: z.uuid(), version: versionField, content });

export const removeConclusionSchema = z.object({ conclusionId: z.uuid(), version: versionField });

export const moveConclusionSchema = z.object({
  conclusionId: z.uuid(),
  version: versionField,
  direction: z.enum(['up', 'down'], 'invalidChoice'),
});

/**
 * The drafts the page showed, as "id:version" pairs joined by commas: publishing is refused if they are
 * not exactly the drafts there are now, so nobody publishes a conclusion they have not seen.
 */
const shownDrafts = z
  .string()
  .trim()
  .transform((value) => (value === '' ? [] : value.split(',')))
  .pipe(
    z.array(
      z
        .string()
        .regex(/^[0-9a-f-]{36}:\d+$/i)
        .transform((pair) => {
          const [id = '', version = '0'] = pair.split(':');
          return { id: id.toLowerCase(), version: Number(version) };
        }),
    ),
  );

export const publishConclusionsSchema = z.object({
  conferenceId: z.uuid(),
  shownDrafts,
  // Publishing is an official act that cannot be undone: the secretary ticks that they re-read the drafts.
  confirm: z.literal('on', 'conclusion.confirmPublish'),
});

/** The value of the hidden field that carries `shownDrafts`. */
export function shownDraftsValue(drafts: readonly { id: string; version: number }[]): string {
  return drafts.map((draft) => `${draft.id}:${draft.version}`).join(',');
}

export type AddConclusionInput = z.output<typeof addConclusionSchema>;
export type UpdateConclusionInput = z.output<typeof updateConclusionSchema>;
export type RemoveConclusionInput = z.output<typeof removeConclusionSchema>;
export type MoveConclusionInput = z.output<typeof moveConclusionSchema>;
export type PublishConclusionsInput = z.output<typeof publishConclusionsSchema>;
