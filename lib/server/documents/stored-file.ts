import 'server-only';
import { createHash } from 'node:crypto';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { fileStem, sanitizeFileName } from '../../domain/file-name.ts';
import { detectFileType } from '../../domain/file-signature.ts';
import { serverEnv } from '../../env.ts';
import { formatNumber } from '../../i18n/format.ts';
import { RuleViolationError } from '../errors.ts';
import type { FileStore } from '../storage/file-store.ts';
import { documentStorageKey, temporaryStorageKey } from '../storage/storage-key.ts';

/** What a Document row says about an accepted file, before its owner and its key are known. */
export interface CheckedFile {
  title: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Accepts a file for storage or refuses it next to the `file` field: not empty, within the size limit,
 * and of a type recognised from its bytes (PDF, DOCX, XLSX, PNG, JPEG; a ".pdf" that is an executable or
 * a web page is refused). The name is cleaned; a missing title becomes the name without its extension.
 */
export function checkUploadedFile({ bytes, fileName, title }: { bytes: Uint8Array; fileName: string; title: string | null }): CheckedFile {
  const maxBytes = serverEnv().DOCUMENT_MAX_BYTES;
  if (bytes.byteLength === 0) throw new RuleViolationError('document.fileRequired', {}, 'file');
  if (bytes.byteLength > maxBytes) {
    throw new RuleViolationError('document.tooLarge', { max: formatNumber(maxBytes / (1024 * 1024), 'vi'), size: formatNumber(bytes.byteLength / (1024 * 1024), 'vi') }, 'file');
  }
  const signature = detectFileType(bytes);
  if (!signature) throw new RuleViolationError('document.unsupportedType', {}, 'file');
  const storedName = sanitizeFileName(fileName, signature);
  return {
    title: title ?? fileStem(storedName), fileName: storedName, mimeType: signature.mimeType,
    sizeBytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/**
 * Runs `write` in one transaction together with storing the file, so the row and the file succeed or
 * fail together: the file is written under a temporary key, `write` inserts its rows (given the final
 * key), the file is renamed to that key as the transaction's last step, and on any failure both names
 * are removed — no row points at a missing file and no file is left unowned.
 */
export async function writeWithStoredFile<T>(bytes: Uint8Array, store: FileStore, write: (tx: Prisma.TransactionClient, storageKey: string) => Promise<T>): Promise<T> {
  const temporaryKey = temporaryStorageKey();
  const storageKey = documentStorageKey(now());
  await store.put(temporaryKey, bytes);
  try {
    return await db().$transaction(async (tx) => {
      const result = await write(tx, storageKey);
      // The last step before COMMIT: if the rename fails, the rows are rolled back with it.
      await store.move(temporaryKey, storageKey);
      return result;
    });
  } catch (error) {
    // The file is under one of the two keys, depending on how far we got; removing a missing key is no error.
    const cleanup = await Promise.allSettled([store.delete(temporaryKey), store.delete(storageKey)]);
    for (const result of cleanup) if (result.status === 'rejected') console.error('Could not remove the file of a failed upload', result.reason);
    throw error;
  }
}
