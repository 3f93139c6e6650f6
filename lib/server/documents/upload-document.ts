import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import type { DocumentOwner } from '../../schemas/document.ts';
import { recordAudit } from '../audit.ts';
import { fileStore, type FileStore } from '../storage/file-store.ts';
import { DOCUMENT_AUDIT_SELECT, lockDocumentOwner } from './document-rules.ts';
import { checkUploadedFile, writeWithStoredFile } from './stored-file.ts';

export interface UploadDocumentInput {
  owner: DocumentOwner;
  /** Null: the file's name without its extension. */
  title: string | null;
  /** The name the sender's computer gave; cleaned before it is stored. */
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Attaches a file to a plan, a conference or an agenda item: checked by its bytes, stored together with
 * its row and audit entry (./stored-file.ts). `store` is for tests that need a store which fails.
 */
export async function uploadDocument({ actor, owner, title, fileName, bytes, store = fileStore() }: { actor: Actor; store?: FileStore } & UploadDocumentInput) {
  requirePermission(actor, 'document.upload');
  const file = checkUploadedFile({ bytes, fileName, title });
  return writeWithStoredFile(bytes, store, async (tx, storageKey) => {
    const target = await lockDocumentOwner(tx, actor, owner);
    const document = await tx.document.create({ data: { ...target.columns, ...file, storageKey, uploadedById: actor.userId }, select: DOCUMENT_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'document.upload', entity: 'Document', entityId: document.id, after: document });
    return { id: document.id, title: document.title, conferenceId: target.conferenceId, planId: target.planId };
  });
}
