import type { Metadata } from 'next';
import Link from 'next/link';
import { ConferenceForm } from '@/components/conference/conference-form.tsx';
import { DuplicateConferenceForm } from '@/components/conference/duplicate-conference-form.tsx';
import { StatusActions } from '@/components/conference/status-actions.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { conferenceAllows, nextStatuses } from '@/lib/domain/conference-status.ts';
import { vietnamDateOf, vietnamTimeOf } from '@/lib/domain/vietnam-time.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getConferenceForEditing } from '@/lib/server/conferences/get-conference-for-editing.ts';
import { getConferenceFormOptions } from '@/lib/server/conferences/get-conference-form-options.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { changeConferenceStatusAction, duplicateConferenceAction, updateConferenceAction } from '../../actions.ts';

interface Props { params: Promise<{ conferenceId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.conferenceForm.edit };
}

export default async function EditConferencePage({ params }: Props) {
  const actor = await requirePagePermission('conference.update');
  const { conferenceId } = await params;
  const [conference, { t }] = await Promise.all([loadOrNotFound(conferenceId, (id) => getConferenceForEditing({ actor, conferenceId: id })), getMessages()]);
  const editable = conferenceAllows(conference.status, 'EDIT_DETAILS');
  const options = editable
    ? await getConferenceFormOptions({
        actor, purpose: 'update', keepHostId: conference.hostOrganizationId,
        keepMemberIds: [...conference.chairMemberIds, ...(conference.secretaryMemberId ? [conference.secretaryMemberId] : [])],
      })
    : null;
  return (
    <>
      <PageHeader title={t.conferenceForm.edit} eyebrow={<Link href={`/conferences/${conference.id}`}>{conference.title}</Link>} />
      {can(actor.roles, 'conference.changeStatus') ? (
        <Section title={t.conferenceForm.status} id="status">
          <StatusActions
            action={changeConferenceStatusAction}
            conferenceId={conference.id}
            version={conference.version}
            status={conference.status}
            next={nextStatuses(conference.status).filter((status) => status !== 'DRAFT')}
            text={t.conferenceForm}
            statuses={t.conferences.statuses}
          />
        </Section>
      ) : null}
      <Section title={t.conferenceForm.details} id="details">
        {options ? (
          <ConferenceForm
            action={updateConferenceAction}
            text={t.conferenceForm}
            kinds={t.conferences.kinds}
            options={options}
            initial={{
              conferenceId: conference.id, version: String(conference.version), kind: conference.kind, title: conference.title,
              date: vietnamDateOf(conference.startsAt), startTime: vietnamTimeOf(conference.startsAt), endTime: vietnamTimeOf(conference.endsAt),
              venue: conference.venue ?? '', hostOrganizationId: conference.hostOrganizationId, chairMemberIds: conference.chairMemberIds.join(','),
              secretaryMemberId: conference.secretaryMemberId ?? '', quorumCommitteeId: conference.quorumCommitteeId ?? '', planId: conference.planId ?? '',
            }}
            cancelHref={`/conferences/${conference.id}`}
          />
        ) : (
          <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {conference.status === 'CLOSED' ? t.conferenceForm.readOnlyClosed : t.conferenceForm.readOnlyConcluded}
          </p>
        )}
      </Section>
      {can(actor.roles, 'conference.duplicate') ? (
        <Section title={t.conferenceForm.duplicate} id="duplicate">
          <DuplicateConferenceForm action={duplicateConferenceAction} conferenceId={conference.id} text={t.conferenceForm} />
        </Section>
      ) : null}
    </>
  );
}
