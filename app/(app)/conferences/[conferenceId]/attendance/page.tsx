import type { Metadata } from 'next';
import Link from 'next/link';
import { AttendanceRegister } from '@/components/attendance/attendance-register.tsx';
import { QuorumNotice } from '@/components/conference/quorum-notice.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getAttendanceRegister } from '@/lib/server/attendance/get-attendance-register.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { recordAttendanceAction } from './actions.ts';

interface Props { params: Promise<{ conferenceId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.attendance.title };
}

export default async function ConferenceAttendancePage({ params }: Props) {
  const actor = await requirePagePermission('attendance.record');
  const { conferenceId } = await params;
  const [register, { t, locale }] = await Promise.all([
    loadOrNotFound(conferenceId, (id) => getAttendanceRegister({ actor, conferenceId: id })),
    getMessages(),
  ]);
  const text = t.attendance;
  return (
    <>
      <PageHeader title={text.title} eyebrow={<Link href={`/conferences/${register.id}`}>{register.title}</Link>}>
        <time dateTime={register.startsAt.toISOString()}>
          {formatDate(register.startsAt, locale)}, {formatTime(register.startsAt, locale)}–{formatTime(register.endsAt, locale)}
        </time>
        {' · '}{t.conferences.statuses[register.status]}
      </PageHeader>
      {register.canRecord ? null : <p role="note" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{text.locked}</p>}
      <Section title={text.summary} id="attendance-summary">
        <div className="space-y-2">
          {register.quorum ? <QuorumNotice quorum={register.quorum} t={t} /> : <p className="text-sm text-stone-700">{text.noQuorumCommittee}</p>}
          <p className="text-sm text-stone-700" data-testid="attendance-counts">{interpolate(t.conferences.attendanceCounts, { ...register.counts })}</p>
        </div>
      </Section>
      <Section title={text.register} id="register">
        {register.rows.length === 0 ? (
          <p className="text-sm text-stone-600">{text.noInvitees}</p>
        ) : (
          <AttendanceRegister
            action={recordAttendanceAction}
            register={{ id: register.id, rows: register.rows, canRecord: register.canRecord, quorum: register.quorum }}
            countsTemplate={t.conferences.attendanceCounts}
            text={text}
            statusLabels={t.conferences.attendanceStatus}
            rsvpLabels={t.conferences.rsvp}
          />
        )}
      </Section>
      <p className="text-sm"><Link href={`/conferences/${register.id}`}>{text.back}</Link></p>
    </>
  );
}
