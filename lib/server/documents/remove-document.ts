import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { planScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import type { RemoveDocumentInput } from '../../schemas/document.ts';
import { recordAudit } from '../audit.ts';
import { lockManagedConference, managedConferenceScope } from '../conferences/managed-conference.ts';
import { NotFoundError } from '../errors.ts';
import { fileStore, type FileStore } from '../storage/file-store.ts';
import { DOCUMENT_AUDIT_SELECT, requireDocumentsOpen } from './document-rules.ts';

/**
 * Removes a document of a plan, conference or agenda item the actor manages (not while its conference
 * is closed). The row goes first, with its audit entry (which keeps the name, size and hash); the file
 * after the commit. Should that fail, an unreferenced file remains, which is harmless — the opposite
 * order could leave a document whose download is broken.
 */
export async function removeDocument({ actor, documentId, store = fileStore() }: { actor: Actor; store?: FileStore } & RemoveDocumentInput) {
  requirePermission(actor, 'document.delete');
  const removed = await db().$transaction(async (tx) => {
    const found = await tx.document.findFirst({
      where: {
        id: documentId,
        OR: [{ plan: planScope(actor) }, { conference: managedConferenceScope(actor) }, { agendaItem: { conference: managedConferenceScope(actor) } }],
      },
      select: { ...DOCUMENT_AUDIT_SELECT, agendaItem: { select: { conferenceId: true } } },
    });
    if (!found) throw new NotFoundError('Document');
    const { agendaItem, ...document } = found;
    const conferenceId = document.conferenceId ?? agendaItem?.conferenceId ?? null;
    if (conferenceId) requireDocumentsOpen((await lockManagedConference(tx, actor, conferenceId)).status);

    const { count } = await tx.document.deleteMany({ where: { id: documentId } });
    if (count === 0) throw new NotFoundError('Document'); // removed by someone else meanwhile
    await recordAudit(tx, { actor, action: 'document.delete', entity: 'Document', entityId: documentId, before: document });
    return { ...document, owningConferenceId: conferenceId };
  });
  try {
    await store.delete(removed.storageKey);
  } catch (error) {
    console.error(`Document ${documentId} was removed but its file ${removed.storageKey} could not be deleted`, error);
  }
  return { conferenceId: removed.owningConferenceId, planId: removed.planId };
}
