import { removeDocumentAction, uploadDocumentAction } from '@/app/(app)/conferences/[conferenceId]/documents/actions.ts';
import { Section } from '@/components/ui/section.tsx';
import { requireUser } from '@/lib/auth/session.ts';
import { serverEnv } from '@/lib/env.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { documentOwnerValue } from '@/lib/schemas/document.ts';
import { findPlanDocuments } from '@/lib/server/documents/find-plan-documents.ts';
import { DocumentTable } from './document-table.tsx';
import { DocumentUploadForm } from './document-upload-form.tsx';

/** The documents of a plan with upload and removal, for the plan page (whose readers manage the plan). */
export async function PlanDocuments({ planId, t, locale }: { planId: string; t: Messages; locale: Locale }) {
  const actor = await requireUser();
  const plan = await findPlanDocuments({ actor, planId });
  return (
    <Section title={t.documents.planTitle} id="plan-documents">
      <div className="space-y-4">
        <DocumentTable documents={plan.documents} t={t} locale={locale} caption={t.documents.planTitle} removeAction={plan.canManage ? removeDocumentAction : undefined} />
        {plan.canManage ? (
          <>
            <h3 className="text-sm font-semibold text-stone-700">{t.documents.uploadHeading}</h3>
            <DocumentUploadForm
              action={uploadDocumentAction}
              owners={[{ value: documentOwnerValue({ kind: 'plan', id: plan.id }), label: t.documents.planTitle }]}
              maxBytes={serverEnv().DOCUMENT_MAX_BYTES}
              text={t.documents}
              tooLargeTemplate={t.errors['document.tooLarge']}
              locale={locale}
            />
          </>
        ) : null}
      </div>
    </Section>
  );
}
