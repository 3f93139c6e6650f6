import { z } from 'zod';
import { optionalText, versionField } from './fields.ts';

// The invitation forms of /conferences/<id>/invitations (one route each) and the attendee's answer.
// Custom messages are keys of the `errors` catalogue.

/** A form field that may come once or repeated (a checkbox group, a list of guest rows). */
function repeated<T extends z.ZodType>(list: T) {
  return z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), list);
}

const conferenceId = z.uuid('invalidChoice');

/** Members picked one by one; each becomes a route of its own. */
export const inviteMembersSchema = z.object({
  kind: z.literal('MEMBER'),
  conferenceId,
  memberIds: repeated(z.array(z.uuid('invalidChoice')).min(1, 'invitation.chooseMembers').max(200)).transform((ids) => [...new Set(ids)]),
});

/** All current seats of one committee ("all members of the executive committee"). */
export const inviteCommitteeSchema = z.object({
  kind: z.literal('COMMITTEE'),
  conferenceId,
  committeeId: z.uuid('invalidChoice'),
});

/** The committees of the cells directly under one organisation ("Ban chi ủy các chi bộ trực thuộc"). */
export const inviteCellCommitteesSchema = z.object({
  kind: z.literal('CELL_COMMITTEES'),
  conferenceId,
  organizationId: z.uuid('invalidChoice'),
});

/**
 * A delegation of another organisation with its guests as printed on the invitation. The form sends
 * `guestName`/`guestTitle` once per row; blank rows are dropped, a title without a name is refused.
 */
export const inviteDelegationSchema = z
  .object({
    kind: z.literal('DELEGATION'),
    conferenceId,
    organizationId: z.uuid('invalidChoice'),
    label: optionalText(300),
    guestName: repeated(z.array(z.string().trim().normalize('NFC').max(200))),
    guestTitle: repeated(z.array(z.string().trim().normalize('NFC').max(300))),
  })
  .transform(({ guestName, guestTitle, ...route }, context) => {
    const guests: { name: string; title: string | null }[] = [];
    for (let row = 0; row < Math.max(guestName.length, guestTitle.length); row++) {
      const name = guestName[row] ?? '';
      const title = guestTitle[row] ?? '';
      if (!name && title) context.addIssue({ code: 'custom', path: ['guestName'], message: 'invitation.guestNameMissing' });
      if (name) guests.push({ name, title: title || null });
    }
    if (guests.length === 0) context.addIssue({ code: 'custom', path: ['guestName'], message: 'invitation.guestRequired' });
    if (guests.length > 50) context.addIssue({ code: 'custom', path: ['guestName'], message: 'invitation.tooManyGuests' });
    return { ...route, guests };
  });

/** One action serves the four forms; the hidden `kind` field says which. */
export const addInvitationSchema = z.discriminatedUnion('kind', [inviteMembersSchema, inviteCommitteeSchema, inviteCellCommitteesSchema, inviteDelegationSchema]);

export const removeInvitationSchema = z.object({ conferenceId, invitationId: z.uuid('invalidChoice') });

export const RSVP_ANSWERS = ['ATTENDING', 'DECLINED'] as const;

/** An attendee's answer; declining needs a reason (the office reports who is absent and why). */
export const answerInvitationSchema = z
  .object({
    inviteeId: z.uuid('invalidChoice'),
    version: versionField,
    answer: z.enum(RSVP_ANSWERS, 'rsvp.chooseAnswer'),
    reason: optionalText(500),
  })
  .refine((value) => value.answer !== 'DECLINED' || value.reason !== null, { path: ['reason'], message: 'rsvp.reasonRequired' });

export type AddInvitationInput = z.output<typeof addInvitationSchema>;
export type RemoveInvitationInput = z.output<typeof removeInvitationSchema>;
export type AnswerInvitationInput = z.output<typeof answerInvitationSchema>;
