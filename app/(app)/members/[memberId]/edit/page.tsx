import type { Metadata } from 'next';
import Link from 'next/link';
import { MemberForm } from '@/components/member/member-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { getMember } from '@/lib/server/members/get-member.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { updateMemberAction } from '../../actions.ts';
import { memberFormText } from '../../member-form-text.ts';

interface Props { params: Promise<{ memberId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.memberRecords.edit };
}

export default async function EditMemberPage({ params }: Props) {
  const actor = await requirePagePermission('member.manage');
  const { memberId } = await params;
  const [member, { t }] = await Promise.all([loadOrNotFound(memberId, (id) => getMember({ actor, memberId: id })), getMessages()]);
  return (
    <>
      <PageHeader title={interpolate(t.memberRecords.editTitle, { name: member.fullName })} eyebrow={<Link href={`/members/${member.id}`}>{member.fullName}</Link>} />
      <MemberForm
        action={updateMemberAction}
        text={memberFormText(t)}
        initial={{
          memberId: member.id, version: String(member.version), fullName: member.fullName, title: member.title ?? '',
          email: member.email ?? '', phone: member.phone ?? '', isPartyMember: member.isPartyMember ? 'yes' : 'no',
        }}
        cancelHref={`/members/${member.id}`}
      />
    </>
  );
}
