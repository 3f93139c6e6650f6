import { z } from 'zod';
import { TIME_OF_DAY } from '../domain/vietnam-time.ts';
import { optionalId, optionalText, requiredText, versionField } from './fields.ts';

/** Longest item of a programme: a whole day's session. */
export const MAX_AGENDA_MINUTES = 600;

/** Optional "HH:mm" on the conference day; blank means "not fixed yet". */
const optionalStartTime = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || null)
  .pipe(z.string().regex(TIME_OF_DAY, 'conference.invalidTime').nullable());

/** Optional whole minutes; blank means "not fixed yet". */
const optionalDuration = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? Number(value) : null))
  .pipe(z.number('agenda.invalidDuration').int('agenda.invalidDuration').min(1, 'agenda.invalidDuration').max(MAX_AGENDA_MINUTES, 'agenda.invalidDuration').nullable());

const agendaItemFields = {
  startTime: optionalStartTime,
  title: requiredText(500),
  /** A member presents, or a guest named in free text ("Đồng chí Trần Minh Tâm, Phó Bí thư Đảng ủy Khối"). */
  presenterMemberId: optionalId,
  presenterName: optionalText(300),
  durationMinutes: optionalDuration,
};

/** One presenter per item: a member or a guest, so the printed programme names one person. */
function onePresenter(value: { presenterMemberId: string | null; presenterName: string | null }, context: z.core.$RefinementCtx): void {
  if (value.presenterMemberId && value.presenterName) {
    context.addIssue({ code: 'custom', path: ['presenterName'], message: 'agenda.presenterEither' });
  }
}

export const addAgendaItemSchema = z.object({ ...agendaItemFields, conferenceId: z.uuid() }).superRefine(onePresenter);

export const updateAgendaItemSchema = z
  .object({ ...agendaItemFields, agendaItemId: z.uuid(), version: versionField })
  .superRefine(onePresenter);

export const removeAgendaItemSchema = z.object({ agendaItemId: z.uuid(), version: versionField });

export const moveAgendaItemSchema = z.object({ agendaItemId: z.uuid(), version: versionField, direction: z.enum(['up', 'down'], 'invalidChoice') });

export type AgendaItemFields = z.output<z.ZodObject<typeof agendaItemFields>>;
export type AddAgendaItemInput = z.output<typeof addAgendaItemSchema>;
export type UpdateAgendaItemInput = z.output<typeof updateAgendaItemSchema>;
export type RemoveAgendaItemInput = z.output<typeof removeAgendaItemSchema>;
export type MoveAgendaItemInput = z.output<typeof moveAgendaItemSchema>;
