import type { Metadata } from 'next';
import Link from 'next/link';
import { ConclusionEditor } from '@/components/conclusion/conclusion-editor.tsx';
import { MinutesForm } from '@/components/minutes/minutes-form.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { conferenceAllows } from '@/lib/domain/conference-status.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { shownDraftsValue } from '@/lib/schemas/conclusion.ts';
import { findConclusions } from '@/lib/server/conclusions/find-conclusions.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { getMinutes } from '@/lib/server/minutes/get-minutes.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import {
  addConclusionAction, moveConclusionAction, publishConclusionsAction, removeConclusionAction, saveMinutesAction, updateConclusionAction,
} from './actions.ts';

interface Props { params: Promise<{ conferenceId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.minutesForm.title };
}

/** The secretary's page for the record of a conference: minutes in sections, then numbered conclusions. */
export default async function MinutesPage({ params }: Props) {
  const actor = await requirePagePermission('minutes.write');
  const { conferenceId } = await params;
  const [conference, conclusions, { t, locale }] = await Promise.all([
    loadOrNotFound(conferenceId, (id) => getMinutes({ actor, conferenceId: id })),
    loadOrNotFound(conferenceId, (id) => findConclusions({ actor, conferenceId: id })),
    getMessages(),
  ]);
  const minutes = conference.minutes;
  const conclusionsEditable = conferenceAllows(conference.status, 'EDIT_CONCLUSIONS');
  const heldYet = conference.status !== 'DRAFT' && conference.status !== 'SCHEDULED';
  const notice = (text: string) => <p role="note" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{text}</p>;

  return (
    <>
      <PageHeader title={t.minutesForm.title} eyebrow={<Link href={`/conferences/${conference.id}`}>{conference.title}</Link>}>
        <time dateTime={conference.startsAt.toISOString()}>{formatDate(conference.startsAt, locale)}</time>{' '}
        <Badge tone="info">{t.conferences.statuses[conference.status]}</Badge>
      </PageHeader>

      <Section title={t.minutesForm.minutesHeading} id="minutes">
        {conference.canWriteMinutes ? null : notice(heldYet ? t.minutesForm.readOnly : t.minutesForm.notYetHeld)}
        <MinutesForm
          action={saveMinutesAction}
          conferenceId={conference.id}
          version={minutes?.version ?? 0}
          editable={conference.canWriteMinutes}
          text={t.minutesForm}
          initial={{ opening: minutes?.opening ?? '', reports: minutes?.reports ?? '', discussion: minutes?.discussion ?? '', closing: minutes?.closing ?? '' }}
        />
        {minutes ? (
          <p className="mt-3 text-xs text-stone-600">
            {interpolate(t.minutesForm.lastSaved, { time: formatTime(minutes.updatedAt, locale), date: formatDate(minutes.updatedAt, locale) })}
          </p>
        ) : null}
      </Section>

      <Section title={t.conclusionsForm.heading} id="conclusions">
        <p className="mb-3 text-sm text-stone-700">{t.conclusionsForm.intro}</p>
        {conclusionsEditable ? null : notice(heldYet ? t.conclusionsForm.locked : t.conclusionsForm.notYetHeld)}
        <ConclusionEditor
          conferenceId={conference.id}
          editable={conclusionsEditable}
          text={t.conclusionsForm}
          shownDrafts={shownDraftsValue(conclusions.filter((conclusion) => !conclusion.publishedAt))}
          actions={{ add: addConclusionAction, update: updateConclusionAction, remove: removeConclusionAction, move: moveConclusionAction, publish: publishConclusionsAction }}
          conclusions={conclusions.map((conclusion) => ({
            id: conclusion.id,
            number: conclusion.number,
            content: conclusion.content,
            version: conclusion.version,
            taskCount: conclusion._count.tasks,
            publishedLabel: conclusion.publishedAt ? interpolate(t.conclusionsForm.publishedOn, { date: formatDate(conclusion.publishedAt, locale) }) : null,
            revisions: conclusion.revisions.map((revision) => ({
              revision: revision.revision,
              content: revision.content,
              authorName: revision.author?.member.fullName ?? null,
              at: revision.createdAt.toISOString(),
              date: formatDate(revision.createdAt, locale),
              time: formatTime(revision.createdAt, locale),
            })),
          }))}
        />
      </Section>

      <p><Link href={`/conferences/${conference.id}`}>{t.minutesForm.backToConference}</Link></p>
    </>
  );
}
