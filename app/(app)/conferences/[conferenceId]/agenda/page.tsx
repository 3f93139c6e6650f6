import type { Metadata } from 'next';
import Link from 'next/link';
import { AgendaEditor } from '@/components/conference/agenda-editor.tsx';
import { DocumentLinks } from '@/components/document/document-links.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { vietnamTimeOf } from '@/lib/domain/vietnam-time.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getAgenda } from '@/lib/server/agenda/get-agenda.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { addAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction, updateAgendaItemAction } from './actions.ts';

interface Props { params: Promise<{ conferenceId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.agenda.title };
}

export default async function AgendaPage({ params }: Props) {
  const actor = await requirePagePermission('agenda.edit');
  const { conferenceId } = await params;
  const [agenda, { t, locale }] = await Promise.all([
    loadOrNotFound(conferenceId, (id) => getAgenda({ actor, conferenceId: id })),
    getMessages(),
  ]);
  const personLabel = (person: { fullName: string; title: string | null }) => (person.title ? `${person.fullName} — ${person.title}` : person.fullName);
  return (
    <>
      <PageHeader title={t.agenda.title} eyebrow={<Link href={`/conferences/${agenda.id}`}>{agenda.title}</Link>}>
        <time dateTime={agenda.startsAt.toISOString()}>
          {interpolate(t.agenda.conferenceTime, { date: formatDate(agenda.startsAt, locale), start: formatTime(agenda.startsAt, locale), end: formatTime(agenda.endsAt, locale) })}
        </time>
      </PageHeader>
      <Section title={t.agenda.title} id="agenda">
        {agenda.editable ? null : (
          <p role="note" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {agenda.status === 'CLOSED' ? t.agenda.readOnlyClosed : t.agenda.readOnlyConcluded}
          </p>
        )}
        <AgendaEditor
          conferenceId={agenda.id}
          editable={agenda.editable}
          text={t.agenda}
          actions={{ add: addAgendaItemAction, update: updateAgendaItemAction, remove: removeAgendaItemAction, move: moveAgendaItemAction }}
          itemDetails={Object.fromEntries(agenda.agendaItems.map((item) => [item.id, <DocumentLinks key={item.id} documents={item.documents} label={interpolate(t.conferences.itemDocuments, { title: item.title })} />]))}
          presenters={agenda.presenters.map((member) => ({ id: member.id, label: personLabel(member) }))}
          items={agenda.agendaItems.map((item) => ({
            id: item.id, position: item.position, title: item.title, version: item.version, durationMinutes: item.durationMinutes,
            startTime: item.startsAt ? vietnamTimeOf(item.startsAt) : '',
            presenterMemberId: item.presenterMemberId, presenterName: item.presenterName,
            presenterLabel: item.presenter ? personLabel(item.presenter) : (item.presenterName ?? ''),
          }))}
        />
      </Section>
      <p><Link href={`/conferences/${agenda.id}`}>{t.agenda.back}</Link></p>
    </>
  );
}
