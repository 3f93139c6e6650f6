import type { Metadata } from 'next';
import { ConferenceForm } from '@/components/conference/conference-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getConferenceFormOptions } from '@/lib/server/conferences/get-conference-form-options.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { createConferenceAction } from '../actions.ts';

interface Props { searchParams: Promise<{ planId?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.conferenceForm.create };
}

/** /conferences/new, or /conferences/new?planId=… from a plan's page: the plan and its issuer come pre-selected. */
export default async function NewConferencePage({ searchParams }: Props) {
  const actor = await requirePagePermission('conference.create');
  const [{ t }, options, { planId }] = await Promise.all([getMessages(), getConferenceFormOptions({ actor, purpose: 'create' }), searchParams]);
  // Only a plan the actor may see is honoured; anything else in the URL is ignored.
  const plan = options.plans.find((candidate) => candidate.id === planId);
  const host = options.hosts.find((candidate) => candidate.id === plan?.issuerId) ?? options.hosts[0];
  // The office member creating the conference usually keeps its record too.
  const secretary = options.members.find((member) => member.id === actor.memberId && host?.subtreeIds.includes(member.organizationId));
  return (
    <>
      <PageHeader title={t.conferenceForm.create} eyebrow={plan ? interpolate(t.conferenceForm.fromPlan, { number: plan.officialNumber }) : undefined} />
      <ConferenceForm
        action={createConferenceAction}
        text={t.conferenceForm}
        kinds={t.conferences.kinds}
        options={options}
        initial={{
          kind: 'REGULAR', title: '', date: '', startTime: '07:30', endTime: '11:30', venue: '',
          hostOrganizationId: host?.id ?? '', chairMemberIds: '', secretaryMemberId: secretary?.id ?? '', quorumCommitteeId: '', planId: plan?.id ?? '',
        }}
        cancelHref={plan ? `/plans/${plan.id}` : '/conferences'}
      />
    </>
  );
}
