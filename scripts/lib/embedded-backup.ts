// Backup and restore of the embedded database (PGlite, .data/pglite) with PGlite's own dump: a gzip
// tarball of the whole data folder (dumpDataDir), which PGlite starts from (loadDataDir). Both run PGlite
// in its own process (spawn-embedded-db.ts: a Ctrl-C never kills it mid-write) and take the folder's
// lock, so neither runs while `npm start` uses the database.
import fs from 'node:fs/promises';
import path from 'node:path';
import { lockDataDir } from '../../lib/db/data-dir-lock.ts';
import { assertNewFile, backupStamp, detectBackupKind, exists, writeThroughPartial, type BackupResult } from './backup-files.ts';
import { summarizeDatabase, type DatabaseSummary } from './database-summary.ts';
import { spawnEmbeddedDb } from './spawn-embedded-db.ts';

export async function backupEmbedded({ dataDir, file }: { dataDir: string; file: string }): Promise<BackupResult> {
  await assertNewFile(file);
  // Without this check the embedded server would create an empty database there.
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    throw new Error(`There is no embedded database in ${dataDir} to back up (\`npm start\` creates it).`);
  }
  const database = await spawnEmbeddedDb({ dataDir }); // refuses a folder in use: its lock
  try {
    const summary = await summarizeDatabase(database.url);
    await writeThroughPartial(file, (partial) => database.dump(partial));
    return { file, bytes: (await fs.stat(file)).size, summary };
  } finally {
    await database.stop();
  }
}

export interface EmbeddedRestoreResult {
  summary: DatabaseSummary;
  /** Where the data folder that was there before now is; undefined when there was none. */
  previous?: string;
}

/**
 * Replaces `dataDir` with the database of a `backupEmbedded` tarball. The copy is built beside it and
 * opened once (so a bad backup changes nothing), then the current folder is renamed to
 * `<dataDir>.before-restore-<stamp>` — never deleted — and the copy renamed into place, as the first
 * start builds its folder (lib/db/embedded-server.ts).
 */
export async function restoreEmbedded({ dataDir, file, now = new Date() }: { dataDir: string; file: string; now?: Date }): Promise<EmbeddedRestoreResult> {
  const kind = await detectBackupKind(file);
  if (kind === 'pg_dump') {
    throw new Error(`${file} is a PostgreSQL backup (pg_dump): restore it with DATABASE_URL set to the database to restore into.`);
  }
  if (kind !== 'embedded') throw new Error(`${file} is not a backup made by \`npm run db:backup\` (neither gzip nor tar).`);

  const target = path.resolve(dataDir);
  const lock = await lockDataDir(target); // refuses while `npm start` (or anything else) has it open
  const parent = path.dirname(target);
  const base = path.basename(target);
  const staging = path.join(parent, `${base}.restore-${process.pid}`);
  try {
    // Leftovers of an interrupted restore (we hold the lock, so no other restore is writing them).
    for (const entry of await fs.readdir(parent)) {
      if (entry.startsWith(`${base}.restore-`)) await fs.rm(path.join(parent, entry), { recursive: true, force: true });
    }
    const summary = await openAndSummarize(staging, file, target);
    let previous: string | undefined;
    if (await exists(target)) {
      previous = await unusedName(`${target}.before-restore-${backupStamp(now)}`);
      await fs.rename(target, previous);
    }
    await fs.rename(staging, target);
    return { summary, previous };
  } finally {
    await fs.rm(staging, { recursive: true, force: true }); // gone already unless something failed
    await lock.release();
  }
}

async function openAndSummarize(staging: string, file: string, target: string): Promise<DatabaseSummary> {
  const database = await spawnEmbeddedDb({ dataDir: staging, loadDump: file }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The backup ${file} could not be opened (${reason}); ${target} is unchanged.`);
  });
  try {
    return await summarizeDatabase(database.url);
  } finally {
    await database.stop();
  }
}

async function unusedName(wanted: string): Promise<string> {
  let candidate = wanted;
  for (let n = 2; await exists(candidate); n++) candidate = `${wanted}-${n}`;
  return candidate;
}
