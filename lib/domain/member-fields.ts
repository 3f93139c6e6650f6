/**
 * The field rules of a member, one set for every way a member is written: the import's rows
 * (member-import.ts) and the member form (lib/schemas/member.ts) apply these, so a person the form
 * accepts is a person the import accepts and the other way round.
 */

/** Longest value of each text field (longer input is refused, never cut). `unit` is the import's unit column. */
export const MEMBER_FIELD_MAX = { fullName: 200, unit: 300, title: 200, email: 254, phone: 30 } as const;

/** Trimmed, NFC, inner runs of spaces as one (names typed with combining marks equal precomposed ones). */
export function cleanMemberText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// An address as HTML's <input type="email"> accepts it (WHATWG HTML §4.10.5.1.5), requiring a dot in
// the domain: an office address is never a bare host name.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
/** Digits with the usual separators, optionally "+84 …". */
const PHONE = /^\+?[0-9 .()-]+$/;

/** A cleaned, non-empty email address of acceptable form. */
export function isMemberEmail(email: string): boolean {
  return EMAIL.test(email);
}

/** A cleaned, non-empty phone number: the usual separators and 8 to 15 digits. */
export function isMemberPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').length;
  return PHONE.test(phone) && digits >= 8 && digits <= 15;
}
