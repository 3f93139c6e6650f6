// Backup files: their default names, what kind a file is, and writing one so that an interrupted
// backup never leaves a truncated file under a good backup's name.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DatabaseSummary } from './database-summary.ts';

/** `pg_dump` = PostgreSQL custom-format archive; `embedded` = PGlite data-folder tarball (gzip or plain). */
export type BackupKind = 'pg_dump' | 'embedded';

export interface BackupResult {
  file: string;
  bytes: number;
  /** The database as it was backed up. */
  summary: DatabaseSummary;
}

export const BACKUP_EXTENSIONS: Record<BackupKind, string> = { pg_dump: '.dump', embedded: '.tar.gz' };

/** Local time, sortable: 2026-11-26-093015. */
export function backupStamp(date: Date = new Date()): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}-` +
    `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
  );
}

/** `<dir>/hoinghi-<stamp>.dump` or `.tar.gz`. */
export function defaultBackupFile(dir: string, kind: BackupKind, date: Date = new Date()): string {
  return path.join(dir, `hoinghi-${backupStamp(date)}${BACKUP_EXTENSIONS[kind]}`);
}

/**
 * What a file holds, by its first bytes: "PGDMP" starts a pg_dump custom archive
 * (https://www.postgresql.org/docs/15/app-pgdump.html), 1f 8b a gzip stream, "ustar" at byte 257 a tar.
 */
export async function detectBackupKind(file: string): Promise<BackupKind | null> {
  const handle = await fs.open(file, 'r').catch((error: unknown) => {
    throw new Error(`Cannot read the backup ${file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    const head = Buffer.alloc(262);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'embedded';
    if (bytes.subarray(257, 262).toString('latin1') === 'ustar') return 'embedded';
    return null;
  } finally {
    await handle.close();
  }
}

/** Backups are never overwritten: a name that exists is refused. */
export async function assertNewFile(file: string): Promise<void> {
  if (await exists(file)) throw new Error(`${file} already exists: choose another name (--out) or move it away.`);
}

/** `write` fills `<file>.partial`, renamed to `file` once complete and removed if it fails. */
export async function writeThroughPartial(file: string, write: (partialFile: string) => Promise<void>): Promise<void> {
  const partial = `${file}.partial`;
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    await write(partial);
    await fs.rename(partial, file);
  } finally {
    await fs.rm(partial, { force: true });
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
