import 'server-only';
import { createHash } from 'node:crypto';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { fileStem, sanitizeFileName } from '../../domain/file-name.ts';
import { detectFileType } from '../../domain/file-signature.ts';
import { serverEnv } from '../../env.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { DocumentOwner } from '../../schemas/document.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { fileStore, type FileStore } from '../storage/file-store.ts';
import { documentStorageKey, temporaryStorageKey } from '../storage/storage-key.ts';
import { DOCUMENT_AUDIT_SELECT, lockDocumentOwner } from './document-rules.ts';

export interface UploadDocumentInput {
  owner: DocumentOwner;
  /** Null: the file's name without its extension. */
  title: string | null;
  /** The name the sender's computer gave; cleaned before it is stored. */
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Attaches a file to a plan, a conference or an agenda item. The size and the type are checked on the
 * bytes (PDF, DOCX, XLSX, PNG, JPEG; a ".pdf" that is an executable or a web page is refused). The file
 * and its row succeed or fail together: the file is written under a temporary key, the row and its audit
 * entry are inserted, the file is renamed to its final key as the transaction's last step, and on any
 * failure both names are removed, so no row points at a missing file and no file is left unowned.
 * `store` is for tests that need a store which fails.
 */
export async function uploadDocument({ actor, owner, title, fileName, bytes, store = fileStore() }: { actor: Actor; store?: FileStore } & UploadDocumentInput) {
  requirePermission(actor, 'document.upload');
  const maxBytes = serverEnv().DOCUMENT_MAX_BYTES;
  if (bytes.byteLength === 0) throw new RuleViolationError('document.fileRequired', {}, 'file');
  if (bytes.byteLength > maxBytes) {
    throw new RuleViolationError('document.tooLarge', { max: formatNumber(maxBytes / (1024 * 1024), 'vi'), size: formatNumber(bytes.byteLength / (1024 * 1024), 'vi') }, 'file');
  }
  const signature = detectFileType(bytes);
  if (!signature) throw new RuleViolationError('document.unsupportedType', {}, 'file');

  const storedName = sanitizeFileName(fileName, signature);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const temporaryKey = temporaryStorageKey();
  const storageKey = documentStorageKey(now());

  await store.put(temporaryKey, bytes);
  try {
    return await db().$transaction(async (tx) => {
      const target = await lockDocumentOwner(tx, actor, owner);
      const document = await tx.document.create({
        data: {
          ...target.columns, title: title ?? fileStem(storedName), fileName: storedName, mimeType: signature.mimeType,
          sizeBytes: bytes.byteLength, sha256, storageKey, uploadedById: actor.userId,
        },
        select: DOCUMENT_AUDIT_SELECT,
      });
      await recordAudit(tx, { actor, action: 'document.upload', entity: 'Document', entityId: document.id, after: document });
      // The last step before COMMIT: if the rename fails, the row is rolled back with it.
      await store.move(temporaryKey, storageKey);
      return { id: document.id, title: document.title, conferenceId: target.conferenceId, planId: target.planId };
    });
  } catch (error) {
    // The file is under one of the two keys, depending on how far we got; removing a missing key is no error.
    const cleanup = await Promise.allSettled([store.delete(temporaryKey), store.delete(storageKey)]);
    for (const result of cleanup) if (result.status === 'rejected') console.error('Could not remove the file of a failed upload', result.reason);
    throw error;
  }
}
