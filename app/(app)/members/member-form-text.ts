import type { MemberFormText } from '@/components/member/member-form.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

/** The member form's words, for the new and the edit pages. */
export function memberFormText(t: Messages): MemberFormText {
  const text = t.memberRecords;
  return {
    fullName: t.members.fullName, fullNameHint: text.fullNameHint,
    organization: t.members.organization, organizationHint: text.organizationHint, chooseUnit: text.chooseUnit,
    title: t.members.position, email: text.email, phone: text.phone, phoneHint: text.phoneHint,
    partyMember: text.partyMember, partyMemberYes: text.partyMemberYes, partyMemberNo: text.partyMemberNo,
    save: text.save, saving: text.saving, cancel: text.cancel,
  };
}
