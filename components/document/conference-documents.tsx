import { Section } from '@/components/ui/section.tsx';
import { requireUser } from '@/lib/auth/session.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { findConferenceDocuments, type ConferenceDocuments as Documents } from '@/lib/server/documents/find-conference-documents.ts';
import { DocumentTable } from './document-table.tsx';

/**
 * The documents of a conference for its page: everyone who may see the conference may download them.
 * Loads its own data (the actor is cached per request), so the conference page needs one line for it.
 */
export async function ConferenceDocuments({ conferenceId, t, locale }: { conferenceId: string; t: Messages; locale: Locale }) {
  const actor = await requireUser();
  const documents = await findConferenceDocuments({ actor, conferenceId });
  return (
    <Section title={t.documents.title} id="documents">
      <DocumentGroups documents={documents} t={t} locale={locale} />
    </Section>
  );
}

/** The conference's own documents, then those of each agenda item that has any. */
export function DocumentGroups({ documents, t, locale, removeAction }: {
  documents: Documents;
  t: Messages;
  locale: Locale;
  removeAction?: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  if (documents.count === 0) return <p className="text-sm text-stone-600">{t.documents.empty}</p>;
  const items = documents.agendaItems.filter((item) => item.documents.length > 0);
  return (
    <div className="space-y-4">
      {documents.documents.length > 0 ? (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-stone-700">{t.documents.conferenceGroup}</h3>
          <DocumentTable documents={documents.documents} t={t} locale={locale} caption={t.documents.conferenceGroup} removeAction={removeAction} />
        </div>
      ) : null}
      {items.map((item) => {
        const heading = interpolate(t.documents.agendaItemGroup, { position: item.position, title: item.title });
        return (
          <div key={item.id}>
            <h3 className="mb-2 text-sm font-semibold text-stone-700">{heading}</h3>
            <DocumentTable documents={item.documents} t={t} locale={locale} caption={heading} removeAction={removeAction} />
          </div>
        );
      })}
    </div>
  );
}
