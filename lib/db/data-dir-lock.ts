// A pid file beside a PGlite data directory, so a second process refuses to open it.
//
// Why: PGlite on the Node filesystem takes no lock of its own. Two processes that open the same
// directory both succeed, both write, and the directory is silently rolled back or left unreadable
// (`RuntimeError: Aborted()` on the next open). Upstream request and the same workaround:
// https://github.com/electric-sql/pglite/issues/1106 (see also PR #892).
import { hostname } from 'node:os';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(dataDir: string, lockPath: string, owner: LockOwner) {
    super(
      `The database folder ${dataDir} is already in use by process ${owner.pid} on ${owner.hostname} ` +
        `(started ${owner.startedAt}). Stop that server first (Ctrl-C in its terminal). ` +
        `If no such process is running, delete ${lockPath} and try again.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export function lockPathFor(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}.lock`;
}

/** Takes the lock or throws DataDirLockedError. A lock left by a dead process is taken over. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const lockPath = lockPathFor(dataDir);
  const me: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  const content = JSON.stringify(me);
  await fs.mkdir(path.dirname(lockPath), { recursive: true });

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(lockPath, content, { flag: 'wx' });
      return { path: lockPath, release: () => releaseIfOurs(lockPath, content) };
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }
    const existing = await fs.readFile(lockPath, 'utf8').catch(() => null);
    if (existing === null) continue; // released between our two calls: try again
    const owner = parseOwner(existing);
    if (owner && isAlive(owner)) throw new DataDirLockedError(dataDir, lockPath, owner);
    // Stale (its process is gone, e.g. killed with -9). Remove it only if it is still the same file,
    // so we never delete a lock that a concurrent starter has just taken over.
    if ((await fs.readFile(lockPath, 'utf8').catch(() => null)) === existing) {
      await fs.rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}; another process keeps taking it.`);
}

async function releaseIfOurs(lockPath: string, content: string): Promise<void> {
  const current = await fs.readFile(lockPath, 'utf8').catch(() => null);
  if (current === content) await fs.rm(lockPath, { force: true });
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, hostname: host, startedAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof startedAt !== 'string') return null;
    return { pid, hostname: host, startedAt };
  } catch {
    return null; // unreadable (half-written) lock: treat as stale
  }
}

function isAlive(owner: LockOwner): boolean {
  // On another machine (a shared folder) we cannot check the process: assume it is alive.
  if (owner.hostname !== hostname()) return true;
  // Our own pid: this process already opened the directory (opening it twice corrupts it too).
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM'); // exists but belongs to another user
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
