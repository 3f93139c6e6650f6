import 'server-only';
import path from 'node:path';
import { serverEnv } from '../../env.ts';
import { DiskFileStore } from './disk-file-store.ts';

/**
 * Where uploaded files live, by key ("documents/2026/11/<uuid>"). The database keeps the key; the
 * bytes live here. A disk folder today; object storage (S3, MinIO) can implement the same four calls.
 * With several app servers the folder must be shared (or the store be object storage), since any
 * server may answer the download of a file another one received.
 */
export interface FileStore {
  /** Writes a new file; refuses to overwrite an existing key. Durable when it resolves. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The file's bytes as a stream, or null when there is no such key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Renames a file (a temporary upload to its final key); atomic on one disk. */
  move(from: string, to: string): Promise<void>;
  /** Removes a file; a missing key is not an error (removing twice is removing once). */
  delete(key: string): Promise<void>;
}

export function fileStore(): FileStore {
  return new DiskFileStore(path.resolve(serverEnv().FILE_STORAGE_DIR));
}
