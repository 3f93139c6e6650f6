import type { Metadata } from 'next';
import Link from 'next/link';
import { AgendaTable } from '@/components/conference/agenda-table.tsx';
import { ConclusionList } from '@/components/conference/conclusion-list.tsx';
import { InviteeTable } from '@/components/conference/invitee-table.tsx';
import { ConferenceTools } from '@/components/conference/conference-tools.tsx';
import { LiveRefresh } from '@/components/conference/live-refresh.tsx';
import { MinutesView } from '@/components/conference/minutes-view.tsx';
import { OfficialDocumentLinks } from '@/components/conference/official-document-links.tsx';
import { QuorumNotice } from '@/components/conference/quorum-notice.tsx';
import { RsvpForm } from '@/components/conference/rsvp-form.tsx';
import { ConferenceDocuments } from '@/components/document/conference-documents.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { formatCalendarDate, formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getConference } from '@/lib/server/conferences/get-conference.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { answerInvitationAction } from './invitations/actions.ts';

interface Props { params: Promise<{ conferenceId: string }> }

const load = loadOncePerRequest(async ({ conferenceId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('conference.read');
  return loadOrNotFound(conferenceId, (id) => getConference({ actor, conferenceId: id }));
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await load(props)).title };
}

export default async function ConferencePage(props: Props) {
  const [conference, { t, locale }] = await Promise.all([load(props), getMessages()]);
  const when = `${formatDate(conference.startsAt, locale)}, ${formatTime(conference.startsAt, locale)}–${formatTime(conference.endsAt, locale)}`;
  return (
    <>
      <PageHeader title={conference.title} eyebrow={<><Badge>{t.conferences.kinds[conference.kind]}</Badge> <Badge tone="info">{t.conferences.statuses[conference.status]}</Badge></>} />
      {conference.seesAttendance ? <ConferenceTools conferenceId={conference.id} t={t} /> : null}
      {conference.seesAttendance ? <LiveRefresh /> : null}
      <Section title={t.conferences.title} id="details">
        <DetailsList
          items={[
            { label: t.conferences.time, value: <time dateTime={conference.startsAt.toISOString()}>{when}</time> },
            { label: t.conferences.venue, value: conference.venue ?? t.common.none },
            { label: t.conferences.host, value: conference.hostOrganization.name },
            { label: t.conferences.chair, value: conference.chairs.map((chair) => chair.member.fullName).join(', ') || t.common.none },
            { label: t.conferences.secretary, value: conference.secretary?.fullName ?? t.common.none },
            {
              label: t.conferences.plan,
              value: conference.plan
                ? conference.seesAttendance
                  ? <Link href={`/plans/${conference.plan.id}`}>{conference.plan.officialNumber} ({formatCalendarDate(conference.plan.issuedOn, locale)})</Link>
                  : `${conference.plan.officialNumber} (${formatCalendarDate(conference.plan.issuedOn, locale)})`
                : t.common.none,
            },
          ]}
        />
        <p className="no-print mt-3 text-sm"><a href={`/api/conferences/${conference.id}/calendar`} download data-testid="conference-ics">{t.calendar.downloadConference}</a></p>
      </Section>
      <OfficialDocumentLinks conference={conference} t={t} />
      <RsvpForm conferenceId={conference.id} action={answerInvitationAction} />
      <Section title={t.conferences.agenda} id="agenda">
        <AgendaTable items={conference.agendaItems} t={t} locale={locale} />
      </Section>
      <ConferenceDocuments conferenceId={conference.id} t={t} locale={locale} />
      <Section title={`${t.conferences.invitees} (${interpolate(t.conferences.inviteeCount, { count: conference.invitees.length })})`} id="invitees">
        {conference.invitations.length > 0 ? (
          <p className="mb-3 text-sm text-stone-700">
            <span className="font-medium">{t.conferences.routes}: </span>
            {conference.invitations.map((invitation) => invitation.label ?? t.conferences.invitationKinds[invitation.kind]).join('; ')}
          </p>
        ) : null}
        {conference.quorum ? <div className="mb-3"><QuorumNotice quorum={conference.quorum} t={t} /></div> : null}
        {conference.attendanceCount ? (
          <p className="mb-3 text-sm text-stone-700" data-testid="attendance-counts">{interpolate(t.conferences.attendanceCounts, { ...conference.attendanceCount })}</p>
        ) : null}
        <InviteeTable conference={conference} t={t} />
      </Section>
      {conference.minutes ? (
        <Section title={t.conferences.minutesTitle} id="minutes">
          <MinutesView minutes={conference.minutes} t={t} />
        </Section>
      ) : null}
      <Section
        title={t.conferences.conclusions}
        id="conclusions"
        actions={conference.conclusions.length > 0 ? <Link href={`/tasks?conferenceId=${conference.id}`} className="text-sm">{t.tasks.detail.conferenceTasks}</Link> : undefined}
      >
        <ConclusionList conclusions={conference.conclusions} canAssignTasks={conference.canAssignTasks} t={t} locale={locale} />
      </Section>
    </>
  );
}
