'use server';

// The document actions of every owner: the conference's documents page posts here, and so does the
// documents section of the plan page (components/document/plan-documents.tsx). Files travel in the
// action's body; next.config.js raises Next's body limits to DOCUMENT_MAX_BYTES for that reason.
import { revalidatePath } from 'next/cache';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import { removeDocumentSchema, uploadDocumentSchema } from '@/lib/schemas/document.ts';
import { formValues, runAction } from '@/lib/server/action-state.ts';
import { removeDocument } from '@/lib/server/documents/remove-document.ts';
import { uploadDocument } from '@/lib/server/documents/upload-document.ts';

function refresh({ conferenceId, planId }: { conferenceId: string | null; planId: string | null }): void {
  if (conferenceId) revalidatePath(`/conferences/${conferenceId}`, 'layout');
  if (planId) revalidatePath(`/plans/${planId}`);
}

export async function uploadDocumentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'document.upload',
    schema: uploadDocumentSchema,
    // formValues keeps the text fields; the file is the one part that is not text.
    input: { ...formValues(formData), file: formData.get('file') ?? undefined },
    run: async (actor, { owner, title, file }) =>
      uploadDocument({ actor, owner, title, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
  });
  if (!result.ok) return result.state;
  refresh(result.value);
  return { status: 'success', message: interpolate(result.t.documents.uploadDone, { title: result.value.title }) };
}

export async function removeDocumentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction({
    permission: 'document.delete',
    schema: removeDocumentSchema,
    input: formValues(formData),
    run: (actor, data) => removeDocument({ actor, ...data }),
  });
  if (!result.ok) return result.state;
  refresh(result.value);
  return { status: 'success', message: result.t.documents.removed };
}
