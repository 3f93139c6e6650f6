import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommitteeAdminForm } from '@/components/committee/committee-admin-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { correctSeatAction } from '../../../../../actions.ts';
import { loadCommittee } from '../../load-committee.ts';
import { seatFields } from '../../seat-fields.ts';

interface Props { params: Promise<{ organizationId: string; termId: string; committeeId: string; seatId: string }> }

async function load(props: Props) {
  await requirePagePermission('committee.manage');
  const { committee } = await loadCommittee(props.params);
  const { seatId } = await props.params;
  const seat = committee.seats.find((candidate) => candidate.id === seatId);
  if (!seat) notFound();
  return { committee, seat };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ seat }, { t }] = await Promise.all([load(props), getMessages()]);
  return { title: `${t.committees.correctTitle} — ${seat.fullName}` };
}

export default async function CorrectSeatPage(props: Props) {
  const [{ committee, seat }, { t }] = await Promise.all([load(props), getMessages()]);
  const text = t.committees;
  const committeePath = `/organisations/${committee.organization.id}/terms/${committee.term.id}/committees/${committee.id}`;
  return (
    <>
      <PageHeader title={text.correctTitle} eyebrow={<Link href={committeePath}>{interpolate(text.backToCommittee, { committee: committee.name })}</Link>}>
        <p>{`${seat.fullName} · ${text.positions[seat.position]} · ${committee.name}`}</p>
      </PageHeader>
      <Section title={interpolate(text.correctLabel, { name: seat.fullName })} id="correct-seat">
        <p className="mb-3 text-sm text-stone-700">{text.correctHint}</p>
        <CommitteeAdminForm action={correctSeatAction} idPrefix="correct-seat" hidden={{ seatId: seat.id, version: seat.version }} fields={seatFields(t, committee, seat)} submit={text.save} saving={text.saving} />
      </Section>
    </>
  );
}
