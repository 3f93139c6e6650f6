import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentGroups } from '@/components/document/conference-documents.tsx';
import { DocumentUploadForm } from '@/components/document/document-upload-form.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { serverEnv } from '@/lib/env.ts';
import { formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { documentOwnerValue } from '@/lib/schemas/document.ts';
import { findConferenceDocuments } from '@/lib/server/documents/find-conference-documents.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { removeDocumentAction, uploadDocumentAction } from './actions.ts';

interface Props { params: Promise<{ conferenceId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.documents.manageTitle };
}

/** The office's page for a conference's documents: upload to the conference or an agenda item, remove. */
export default async function ConferenceDocumentsPage({ params }: Props) {
  const actor = await requirePagePermission('document.upload');
  const { conferenceId } = await params;
  const [documents, { t, locale }] = await Promise.all([
    loadOrNotFound(conferenceId, (id) => findConferenceDocuments({ actor, conferenceId: id })),
    getMessages(),
  ]);
  // Invited to a conference of another office is reading it, not running it.
  if (!documents.manages) notFound();
  const owners = [
    { value: documentOwnerValue({ kind: 'conference', id: documents.id }), label: t.documents.attachToConference },
    ...documents.agendaItems.map((item) => ({
      value: documentOwnerValue({ kind: 'agendaItem', id: item.id }),
      label: interpolate(t.documents.attachToAgendaItem, { position: item.position, title: item.title }),
    })),
  ];
  return (
    <>
      <PageHeader title={t.documents.manageTitle} eyebrow={<Link href={`/conferences/${documents.id}`}>{documents.title}</Link>}>
        <time dateTime={documents.startsAt.toISOString()}>{formatDate(documents.startsAt, locale)}</time>{' '}
        <Badge tone="info">{t.conferences.statuses[documents.status]}</Badge>
      </PageHeader>
      {documents.canChange ? (
        <Section title={t.documents.uploadHeading} id="upload">
          <DocumentUploadForm
            action={uploadDocumentAction}
            owners={owners}
            maxBytes={serverEnv().DOCUMENT_MAX_BYTES}
            text={t.documents}
            tooLargeTemplate={t.errors['document.tooLarge']}
            locale={locale}
          />
        </Section>
      ) : (
        <p role="note" className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t.documents.closed}</p>
      )}
      <Section title={t.documents.title} id="documents">
        <DocumentGroups documents={documents} t={t} locale={locale} removeAction={documents.canChange ? removeDocumentAction : undefined} />
      </Section>
      <p><Link href={`/conferences/${documents.id}`}>{t.documents.backToConference}</Link></p>
    </>
  );
}
