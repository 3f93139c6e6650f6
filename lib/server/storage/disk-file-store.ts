import 'server-only';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { FileStore } from './file-store.ts';
import { STORAGE_KEY } from './storage-key.ts';

/** Files in a folder on disk, one file per key, sub-folders per key segment. */
export class DiskFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // "wx": never overwrite. fsync before resolving: the database row that will point at this file
    // must not outlive its bytes after a power cut.
    const handle = await open(file, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async get(key: string): Promise<globalThis.ReadableStream<Uint8Array> | null> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      // The stream closes the handle when it ends or is cancelled (a download aborted halfway).
      const stream: ReadableStream<Uint8Array> = Readable.toWeb(handle.createReadStream());
      return stream as globalThis.ReadableStream<Uint8Array>;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async move(from: string, to: string): Promise<void> {
    const target = this.pathOf(to);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(this.pathOf(from), target);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The key checked before it becomes a path, so no key can reach outside the root. */
  private pathOf(key: string): string {
    if (!STORAGE_KEY.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    return path.join(this.root, ...key.split('/'));
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
