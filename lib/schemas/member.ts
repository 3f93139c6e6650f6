import { z } from 'zod';
import { cleanMemberText, isMemberEmail, isMemberPhone, MEMBER_FIELD_MAX } from '../domain/member-fields.ts';
import { calendarDate, optionalText, versionField } from './fields.ts';

// The member forms (issue 5, members): create, edit, deactivate or reactivate, transfer. The field rules
// are the import's (lib/domain/member-fields.ts); custom messages are keys of the `errors` catalogue.

/** Cleaned as the import cleans a cell: NFC, trimmed, inner runs of spaces as one. */
const cleaned = z.string('required').transform(cleanMemberText);

const fullName = cleaned.pipe(z.string().min(1, 'required').max(MEMBER_FIELD_MAX.fullName));

/** Optional cleaned text: blank becomes null; when present it must pass `valid` (else `message`). */
function optionalCleaned(max: number, valid?: (value: string) => boolean, message?: string) {
  const present = valid ? z.string().max(max).refine(valid, message) : z.string().max(max);
  return z
    .string()
    .optional()
    .transform((value) => cleanMemberText(value ?? ''))
    .pipe(z.union([z.literal(''), present]))
    .transform((value) => value || null);
}

export const memberFields = {
  fullName,
  title: optionalCleaned(MEMBER_FIELD_MAX.title),
  email: optionalCleaned(MEMBER_FIELD_MAX.email, isMemberEmail, 'member.emailInvalid'),
  phone: optionalCleaned(MEMBER_FIELD_MAX.phone, isMemberPhone, 'member.phoneInvalid'),
  isPartyMember: z.enum(['yes', 'no'], 'member.partyMemberRequired').transform((value) => value === 'yes'),
};

export const createMemberSchema = z.object({ ...memberFields, organizationId: z.uuid('member.unitRequired') });
export const updateMemberSchema = z.object({ ...memberFields, memberId: z.uuid(), version: versionField });

export const setMemberActiveSchema = z
  .object({
    memberId: z.uuid(),
    version: versionField,
    active: z.enum(['true', 'false']).transform((value) => value === 'true'),
    // Deactivating asks for a ticked confirmation: it also locks the person's account.
    confirm: z.literal('on').optional(),
  })
  .superRefine((data, context) => {
    if (!data.active && data.confirm !== 'on') context.addIssue({ code: 'custom', path: ['confirm'], message: 'member.confirmDeactivate' });
  });

export const transferMemberSchema = z.object({
  memberId: z.uuid(),
  version: versionField,
  toOrganizationId: z.uuid('member.unitRequired'),
  effectiveDate: calendarDate,
  note: optionalText(1000),
});

export type CreateMemberInput = z.output<typeof createMemberSchema>;
export type UpdateMemberInput = z.output<typeof updateMemberSchema>;
export type SetMemberActiveInput = z.output<typeof setMemberActiveSchema>;
export type TransferMemberInput = z.output<typeof transferMemberSchema>;
