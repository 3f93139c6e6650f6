import type { Metadata } from 'next';
import Link from 'next/link';
import { MemberTransferForm } from '@/components/member/member-transfer-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { now } from '@/lib/clock.ts';
import { vietnamDateOf } from '@/lib/domain/vietnam-time.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { getMember } from '@/lib/server/members/get-member.ts';
import { getMemberFormOptions } from '@/lib/server/members/get-member-form-options.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { transferMemberAction } from '../../actions.ts';

interface Props { params: Promise<{ memberId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.memberRecords.transfer };
}

export default async function TransferMemberPage({ params }: Props) {
  const actor = await requirePagePermission('member.manage');
  const { memberId } = await params;
  const [member, { t }, options] = await Promise.all([
    loadOrNotFound(memberId, (id) => getMember({ actor, memberId: id })),
    getMessages(),
    getMemberFormOptions({ actor }),
  ]);
  const text = t.memberRecords;
  const units = options.units.filter((unit) => unit.id !== member.organization.id);
  return (
    <>
      <PageHeader title={interpolate(text.transferTitle, { name: member.fullName })} eyebrow={<Link href={`/members/${member.id}`}>{member.fullName}</Link>}>
        {interpolate(text.transferCurrent, { unit: member.organization.name })}
      </PageHeader>
      {member.deactivatedAt ? <p>{text.transferInactive}</p> : units.length === 0 ? <p>{text.noUnits}</p> : (
        <MemberTransferForm
          action={transferMemberAction}
          memberId={member.id}
          version={member.version}
          units={units}
          today={vietnamDateOf(now())}
          cancelHref={`/members/${member.id}`}
          text={{
            transferTo: text.transferTo, transferToHint: text.transferToHint, chooseUnit: text.chooseUnit,
            effectiveDate: text.effectiveDate, effectiveDateHint: text.effectiveDateHint, note: text.note, noteHint: text.noteHint,
            seatsHint: text.transferSeatsHint, submit: text.submitTransfer, submitting: text.transferring, cancel: text.cancel,
          }}
        />
      )}
    </>
  );
}
