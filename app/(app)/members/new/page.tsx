import type { Metadata } from 'next';
import { MemberForm } from '@/components/member/member-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { getMessages } from '@/lib/i18n/server.ts';
import { getMemberFormOptions } from '@/lib/server/members/get-member-form-options.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { createMemberAction } from '../actions.ts';
import { memberFormText } from '../member-form-text.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.memberRecords.createTitle };
}

export default async function NewMemberPage() {
  const actor = await requirePagePermission('member.manage');
  const [{ t }, options] = await Promise.all([getMessages(), getMemberFormOptions({ actor })]);
  return (
    <>
      <PageHeader title={t.memberRecords.createTitle} />
      {options.units.length === 0 ? <p className="mb-4">{t.memberRecords.noUnits}</p> : null}
      <MemberForm
        action={createMemberAction}
        text={memberFormText(t)}
        units={options.units}
        initial={{ fullName: '', organizationId: options.units.length === 1 ? options.units[0]!.id : '', title: '', email: '', phone: '', isPartyMember: 'yes' }}
        cancelHref="/members"
      />
    </>
  );
}
