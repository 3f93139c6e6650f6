import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { fileStore, type FileStore } from '../storage/file-store.ts';
import { documentScope } from './document-scope.ts';

/**
 * A document's file for download, if the actor may see its owner; otherwise NotFoundError, exactly as
 * for a document that does not exist (ids cannot be probed).
 */
export async function openDocument({ actor, documentId, store = fileStore() }: { actor: Actor; documentId: string; store?: FileStore }) {
  requirePermission(actor, 'document.read');
  const document = await db().document.findFirst({
    where: { AND: [{ id: documentId }, documentScope(actor)] },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, storageKey: true },
  });
  if (!document) throw new NotFoundError('Document');
  const body = await store.get(document.storageKey);
  // A row without its file is an operations fault (a lost disk, a partial restore), not the user's.
  if (!body) throw new Error(`The file of document ${document.id} is missing from the file store (${document.storageKey})`);
  return { fileName: document.fileName, mimeType: document.mimeType, sizeBytes: document.sizeBytes, sha256: document.sha256, body };
}

export type OpenedDocument = Awaited<ReturnType<typeof openDocument>>;
